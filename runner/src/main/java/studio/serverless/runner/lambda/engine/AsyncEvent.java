package studio.serverless.runner.lambda.engine;

/**
 * An event queued for a function, with its attempts so far.
 *
 * @param functionName the function
 * @param requestId    the request id, the same on every attempt
 * @param payload      the event
 * @param queuedAt     when it was first queued ({@link System#currentTimeMillis()})
 * @param attempt      which attempt this is, from 1
 */
record AsyncEvent(String functionName, String requestId, byte[] payload, long queuedAt, int attempt) {

    /** Copies the payload. */
    AsyncEvent {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The next attempt of this event. */
    AsyncEvent retry() {
        return new AsyncEvent(functionName, requestId, payload, queuedAt, attempt + 1);
    }
}
