package studio.serverless.runner.delivery;

/**
 * The result of invoking a function for an integration.
 *
 * @param kind    how the invocation ended
 * @param payload the function's answer (for {@link Kind#ANSWERED}); otherwise empty or the error document
 */
public record CallOutcome(Kind kind, byte[] payload) {

    /** Copies the payload. */
    public CallOutcome {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** An answer from the function. */
    public static CallOutcome answered(byte[] payload) {
        return new CallOutcome(Kind.ANSWERED, payload);
    }

    /** An invocation that failed in the function (error, crash, function timeout) or could not start. */
    public static CallOutcome failed(Kind kind, byte[] errorDocument) {
        return new CallOutcome(kind, errorDocument);
    }

    /** How an invocation ended. */
    public enum Kind {
        /** The function returned a value. */
        ANSWERED,
        /** The function failed: an error, a crash, its own timeout, an init error. */
        FUNCTION_ERROR,
        /** Lambda refused the invocation: the function is at its concurrency limit. */
        THROTTLED,
        /** No such function is running. */
        NO_FUNCTION
    }
}
