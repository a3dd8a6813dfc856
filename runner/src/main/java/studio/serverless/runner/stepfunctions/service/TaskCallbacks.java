package studio.serverless.runner.stepfunctions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Predicate;
import studio.serverless.runner.stepfunctions.engine.CallbackAnswer;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.engine.TaskTokens;

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: hands the answer to the engine and refuses, as AWS does,
 * a token the engine never made (InvalidToken), one of an execution it does not know (TaskDoesNotExist) and one
 * whose task no longer waits because it was answered, timed out or its execution ended (TaskTimedOut).
 */
final class TaskCallbacks {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_ERROR = 256;
    private static final int MAX_CAUSE = 32_768;

    private final StatesEngine engine;
    private final Predicate<String> executionExists;

    TaskCallbacks(StatesEngine engine, Predicate<String> executionExists) {
        this.engine = engine;
        this.executionExists = executionExists;
    }

    void success(String token, String output) {
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(output);
        } catch (JsonProcessingException invalid) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_OUTPUT,
                    "Invalid Output: the task's output is not JSON: " + invalid.getOriginalMessage());
        }
        check(token, engine.sendTaskSuccess(token, parsed));
    }

    void failure(String token, String error, String cause) {
        limit("error", error, MAX_ERROR);
        limit("cause", cause, MAX_CAUSE);
        check(token, engine.sendTaskFailure(token, error, cause));
    }

    void heartbeat(String token) {
        check(token, engine.sendTaskHeartbeat(token));
    }

    private void check(String token, CallbackAnswer answer) {
        switch (answer) {
            case ACCEPTED -> {
            }
            case INVALID_TOKEN -> throw new StepFunctionsException(StepFunctionsError.INVALID_TOKEN,
                    "Invalid Token: '" + token + "' is not a task token of this local cloud");
            case NOT_WAITING -> {
                String execution = TaskTokens.executionOf(token).orElseThrow();
                if (!executionExists.test(execution)) {
                    throw new StepFunctionsException(StepFunctionsError.TASK_DOES_NOT_EXIST,
                            "Task Does Not Exist: the token's execution '" + execution + "' does not exist");
                }
                throw new StepFunctionsException(StepFunctionsError.TASK_TIMED_OUT, "Task Timed Out: 'Provided task"
                        + " does not exist anymore' (it was answered, timed out, or its execution ended)");
            }
            default -> throw new IllegalStateException("unknown answer " + answer);
        }
    }

    private static void limit(String member, String value, int max) {
        if (value != null && value.length() > max) {
            throw new StepFunctionsException(StepFunctionsError.VALIDATION, "1 validation error detected: Value at '"
                    + member + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }
}
