package studio.serverless.runner.s3.engine;

/**
 * Who asked for a change, for the event notifications it causes.
 *
 * @param requestId   the request's id
 * @param principalId the caller (its access key id)
 * @param sourceIp    the caller's address
 */
public record RequestContext(String requestId, String principalId, String sourceIp) {

    /** A context for changes made directly through the engine (creating a diagram's buckets). */
    public static RequestContext internal() {
        return new RequestContext("local", "local", "127.0.0.1");
    }
}
