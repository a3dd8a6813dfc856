package studio.serverless.runner.sns.engine;

import java.util.Map;

/**
 * A subscription as it is kept: enough to make it again, confirmation state included.
 *
 * @param arn               the subscription's ARN
 * @param topicArn          its topic's ARN
 * @param protocol          {@code sqs}, {@code lambda} or {@code http}
 * @param endpoint          the queue or function ARN, or the URL
 * @param attributes        the attributes set on it (filter policy and scope, raw delivery, redrive policy, ...)
 * @param confirmed         whether the endpoint confirmed it
 * @param confirmationToken the token an http endpoint confirms with
 */
public record SubscriptionRecord(String arn, String topicArn, String protocol, String endpoint,
        Map<String, String> attributes, boolean confirmed, String confirmationToken) {

    /** Copies the attributes. */
    public SubscriptionRecord {
        attributes = Map.copyOf(attributes);
    }
}
