package studio.serverless.runner.delivery;

/**
 * Calls the Step Functions API in process, as an API Gateway route integrated with a state machine does
 * ({@code StartExecution}, or {@code StartSyncExecution} for an Express workflow), and hands back what the API
 * answered, errors included, so the gateway can pass it on as API Gateway does.
 */
@FunctionalInterface
public interface StepFunctionsCaller {

    /** The caller used until Step Functions is plugged in: every call is refused as an unknown operation. */
    StepFunctionsCaller NONE = (action, requestJson) -> new Answer(400,
            "{\"__type\":\"UnknownOperationException\",\"message\":\"Step Functions does not run here\"}");

    /**
     * Calls one action and waits for its answer (for {@code StartSyncExecution}, until the execution ends).
     *
     * @param action      the operation's name, e.g. {@code StartExecution}
     * @param requestJson the request body, as JSON 1.0 sends it
     */
    Answer call(String action, String requestJson);

    /**
     * What the Step Functions API answered.
     *
     * @param status the HTTP status (200, or 400 with an AWS error)
     * @param json   the body: the action's result, or {@code {"__type": ..., "message": ...}}
     */
    record Answer(int status, String json) {
    }
}
