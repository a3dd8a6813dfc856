package studio.serverless.runner.endpoint;

import java.util.Set;

/**
 * One emulated service's wire adapter: it tells the router which requests are its own, in each protocol it
 * speaks, and answers them. Adapters parse and serialize only; the service's logic sits in its engine.
 */
public interface ServiceAdapter {

    /** The SigV4 signing name, as in the credential scope: {@code sqs}, {@code sns}, {@code dynamodb}, {@code s3}. */
    String signingName();

    /** The JSON protocol's {@code X-Amz-Target} prefixes this service answers, e.g. {@code AmazonSQS}. */
    default Set<String> jsonTargetPrefixes() {
        return Set.of();
    }

    /** The query protocol's {@code Action} names this service answers. */
    default Set<String> queryActions() {
        return Set.of();
    }

    /** The query protocol's {@code Version} of this service's API, e.g. {@code 2012-11-05}, or null. */
    default String queryVersion() {
        return null;
    }

    /** Whether a query request to this path belongs here (SQS: a queue URL path), whatever its action. */
    default boolean ownsQueryPath(String path) {
        return false;
    }

    /** Whether this service answers this REST request (S3: by path or virtual host); false by default. */
    default boolean acceptsRest(AwsRequest request) {
        return false;
    }

    /**
     * Answers a request routed here in {@code protocol}. Must not throw for a client's mistake: those become
     * AWS-shaped errors; anything thrown becomes a 500 InternalFailure.
     */
    AwsResponse handle(AwsRequest request, AwsProtocol protocol);
}
