package studio.serverless.runner.lambda.runtime;

import java.nio.charset.StandardCharsets;

/**
 * How one invocation ended, as the runtime reported it or as the engine decided it.
 *
 * @param kind      what happened
 * @param payload   the function's response, or the error document ({@code errorMessage}, {@code errorType}...)
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} the runtime sent, or the engine's error type;
 *                  null for a response
 */
public record RuntimeOutcome(Kind kind, byte[] payload, String errorType) {

    /** What happened to an invocation. */
    public enum Kind {
        /** The runtime posted a response. */
        RESPONSE,
        /** The runtime posted an invocation error (the handler threw). */
        FUNCTION_ERROR,
        /** The runtime posted an init error before taking the invocation. */
        INIT_ERROR,
        /** The engine ended the invocation: timeout, process exit, memory exceeded. */
        ENVIRONMENT_ERROR
    }

    /** Copies the payload. */
    public RuntimeOutcome {
        payload = payload.clone();
    }

    /** A successful response. */
    public static RuntimeOutcome response(byte[] payload) {
        return new RuntimeOutcome(Kind.RESPONSE, payload, null);
    }

    /** An error the engine decided, in AWS's error document shape. */
    public static RuntimeOutcome environmentError(String errorType, String errorMessage) {
        String json = "{\"errorType\":" + JsonText.quote(errorType) + ",\"errorMessage\":"
                + JsonText.quote(errorMessage) + "}";
        return new RuntimeOutcome(Kind.ENVIRONMENT_ERROR, json.getBytes(StandardCharsets.UTF_8), errorType);
    }

    /** Whether the function failed (the Invoke API's {@code X-Amz-Function-Error: Unhandled}). */
    public boolean failed() {
        return kind != Kind.RESPONSE;
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
