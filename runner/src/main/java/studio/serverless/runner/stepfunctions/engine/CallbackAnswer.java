package studio.serverless.runner.stepfunctions.engine;

/** What became of a SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat handed to the engine. */
public enum CallbackAnswer {
    /** A task was waiting on the token and takes the answer. */
    ACCEPTED,
    /** The token is one the engine made, but its task no longer waits (answered, timed out or stopped). */
    NOT_WAITING,
    /** The engine never made this token. */
    INVALID_TOKEN
}
