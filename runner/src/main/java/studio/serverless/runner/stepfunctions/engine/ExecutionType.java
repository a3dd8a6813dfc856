package studio.serverless.runner.stepfunctions.engine;

import java.time.Duration;

/**
 * A state machine's type as its executions see it: how long one may run at most, and how its ARN is written
 * ({@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME} for Standard, {@code ...:express:MACHINE:NAME} for
 * Express, as AWS names them).
 */
public enum ExecutionType {
    /** Up to a year, with the whole history kept; no limit beyond the definition's TimeoutSeconds here. */
    STANDARD(null, ":execution:"),
    /** Up to five minutes. */
    EXPRESS(Duration.ofMinutes(5), ":express:");

    private final Duration longest;
    private final String arnPart;

    ExecutionType(Duration longest, String arnPart) {
        this.longest = longest;
        this.arnPart = arnPart;
    }

    /** The longest an execution of this type may run, or null when only its definition limits it. */
    public Duration longest() {
        return longest;
    }

    /** The ARN of the execution {@code name} of the state machine {@code stateMachineArn}. */
    public String executionArn(String stateMachineArn, String name) {
        return stateMachineArn.replace(":stateMachine:", arnPart) + ":" + name;
    }

    /** Whether {@code arn} is written as an execution ARN of either type. */
    public static boolean isExecutionArn(String arn) {
        return arn.contains(STANDARD.arnPart) || arn.contains(EXPRESS.arnPart);
    }

    /** The state machine ARN an execution ARN belongs to ({@code arn:...:stateMachine:MACHINE}). */
    public static String stateMachineArnOf(String executionArn) {
        String machine = executionArn.replace(STANDARD.arnPart, ":stateMachine:")
                .replace(EXPRESS.arnPart, ":stateMachine:");
        return machine.substring(0, machine.lastIndexOf(':'));
    }
}
