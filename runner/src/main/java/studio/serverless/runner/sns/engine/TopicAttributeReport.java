package studio.serverless.runner.sns.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** A topic's attributes as GetTopicAttributes reports them: the set ones plus AWS's derived ones and defaults. */
final class TopicAttributeReport {

    private static final String DELIVERY_POLICY = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,"
            + "\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
            + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
            + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}";

    private TopicAttributeReport() {
    }

    /**
     * The report for {@code topic}.
     *
     * @param confirmed subscriptions confirmed (queues and functions are at once)
     * @param pending   subscriptions still waiting for their endpoint's confirmation (http)
     */
    static Map<String, String> of(Topic topic, int confirmed, int pending) {
        String account = topic.arn().split(":")[4];
        Map<String, String> report = new LinkedHashMap<>();
        report.put("TopicArn", topic.arn());
        report.put("Owner", account);
        report.put("DisplayName", "");
        report.put("Policy", defaultPolicy(topic.arn(), account));
        report.put("SubscriptionsConfirmed", String.valueOf(confirmed));
        report.put("SubscriptionsPending", String.valueOf(pending));
        report.put("SubscriptionsDeleted", "0");
        report.put("EffectiveDeliveryPolicy", DELIVERY_POLICY);
        if (topic.fifo()) {
            report.put("FifoTopic", "true");
            report.put("ContentBasedDeduplication", "false");
        }
        report.putAll(topic.attributes());
        return report;
    }

    private static String defaultPolicy(String arn, String account) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"SNS:Publish\",\"SNS:Subscribe\",\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\"],"
                + "\"Resource\":\"" + arn + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\"" + account
                + "\"}}}]}";
    }
}
