package studio.serverless.runner.stepfunctions.error;

import java.util.Set;

/** The predefined error names of the States Language (appendix A of the specification, and AWS's additions). */
public final class ErrorNames {

    /** Matches any error name except the terminal ones ({@link #RUNTIME}, {@link #DATA_LIMIT_EXCEEDED}). */
    public static final String ALL = "States.ALL";
    /** A Task state ran longer than its TimeoutSeconds, or an execution longer than its own. */
    public static final String TIMEOUT = "States.Timeout";
    /** A Task state did not heartbeat within HeartbeatSeconds. */
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    /** A Task state failed; in ErrorEquals it matches every error except {@link #TIMEOUT}. */
    public static final String TASK_FAILED = "States.TaskFailed";
    /** A Task state lacked the privileges to run its code. */
    public static final String PERMISSIONS = "States.Permissions";
    /** A ResultPath could not be applied to the state's input. */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    /** A {@code .$} field of Parameters (or ItemSelector, ResultSelector) named a path that the input lacks. */
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    /** A Parallel state's branch failed. */
    public static final String BRANCH_FAILED = "States.BranchFailed";
    /** A Choice state matched no rule and has no Default. */
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    /** A JSONata expression failed, returned nothing (undefined) or a value of the wrong type. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    /** An intrinsic function failed. */
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    /** A Map state had more failed items than it tolerates. */
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    /** A payload exceeded the service quota; terminal. */
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    /** An execution could not process its data, e.g. a path that selects nothing; terminal. */
    public static final String RUNTIME = "States.Runtime";

    private static final Set<String> TERMINAL = Set.of(RUNTIME, DATA_LIMIT_EXCEEDED);

    private ErrorNames() {
    }

    /** Whether no Retry or Catch may handle {@code error}. */
    public static boolean isTerminal(String error) {
        return TERMINAL.contains(error);
    }

    /**
     * Whether an ErrorEquals entry matches {@code error}: exactly, or as the wildcards {@link #ALL} and
     * {@link #TASK_FAILED} define.
     */
    public static boolean matches(String errorEquals, String error) {
        if (isTerminal(error)) {
            return false;
        }
        return errorEquals.equals(error) || ALL.equals(errorEquals)
                || TASK_FAILED.equals(errorEquals) && !TIMEOUT.equals(error);
    }
}
