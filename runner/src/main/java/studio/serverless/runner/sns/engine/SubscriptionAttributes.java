package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;

/** The checks AWS makes on subscription attribute values, with AWS's messages. */
final class SubscriptionAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubscriptionAttributes() {
    }

    static void check(String name, String value) {
        switch (name) {
            case "RawMessageDelivery" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw SnsException.invalidParameter("Attributes Reason: RawMessageDelivery: Invalid value ["
                            + value + "]. Must be true or false.");
                }
            }
            case "FilterPolicyScope" -> {
                if (!value.equals("MessageAttributes") && !value.equals("MessageBody")) {
                    throw SnsException.invalidParameter("Attributes Reason: FilterPolicyScope: Invalid value ["
                            + value + "]. Please use either MessageBody or MessageAttributes");
                }
            }
            case "RedrivePolicy" -> {
                if (!value.isEmpty() && deadLetterTargetArn(value) == null) {
                    throw SnsException.invalidParameter("RedrivePolicy: deadLetterTargetArn is missing");
                }
            }
            default -> {
            }
        }
    }

    static String canonical(String name, String value) {
        return name.equals("RawMessageDelivery") ? value.toLowerCase(Locale.ROOT) : value;
    }

    /** The {@code deadLetterTargetArn} of a redrive policy, or null when there is none or it is not JSON. */
    static String deadLetterTargetArn(String redrivePolicy) {
        if (redrivePolicy == null || redrivePolicy.isEmpty()) {
            return null;
        }
        try {
            JsonNode arn = JSON.readTree(redrivePolicy).path("deadLetterTargetArn");
            return arn.isTextual() && arn.asText().startsWith("arn:aws:sqs:") ? arn.asText() : null;
        } catch (IOException e) {
            throw SnsException.invalidParameter("RedrivePolicy: Invalid RedrivePolicy JSON");
        }
    }

    /** A subscription's attributes as GetSubscriptionAttributes reports them. */
    static java.util.Map<String, String> report(Subscription subscription) {
        java.util.Map<String, String> report = new java.util.LinkedHashMap<>();
        report.put("SubscriptionArn", subscription.arn());
        report.put("TopicArn", subscription.topicArn());
        report.put("Owner", subscription.topicArn().split(":")[4]);
        report.put("Protocol", subscription.protocol());
        report.put("Endpoint", subscription.endpoint());
        report.put("ConfirmationWasAuthenticated", String.valueOf(subscription.confirmed()));
        report.put("PendingConfirmation", String.valueOf(!subscription.confirmed()));
        report.put("RawMessageDelivery", "false");
        report.putAll(subscription.attributes());
        return report;
    }
}
