package studio.serverless.runner.lambda.engine;

import java.nio.charset.StandardCharsets;

/**
 * What a synchronous invocation returned.
 *
 * @param requestId the invocation's request id
 * @param payload   the function's response, or its error document ({@code errorMessage}, {@code errorType}...)
 * @param failed    whether the function failed (handler error, init error, timeout, crash): the Invoke API's
 *                  {@code X-Amz-Function-Error: Unhandled}
 * @param log       the invocation's log from START to REPORT
 */
public record InvocationResult(String requestId, byte[] payload, boolean failed, String log) {

    /** Copies the payload. */
    public InvocationResult {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as UTF-8 text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
