package studio.serverless.runner.sns.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The subscriptions of every topic, in the order they were made. Not thread-safe: the engine's lock guards it. */
final class Subscriptions {

    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+:[^:]+");

    private final Map<String, Subscription> byArn = new LinkedHashMap<>();

    /**
     * The subscription of {@code endpoint} to the topic that exists already, or null; InvalidParameter when it
     * exists with other attributes.
     */
    Subscription existing(String topicArn, String protocol, String endpoint, Map<String, String> attributes) {
        for (Subscription existing : byArn.values()) {
            if (existing.topicArn().equals(topicArn) && existing.protocol().equals(protocol)
                    && existing.endpoint().equals(endpoint)) {
                if (!attributes.isEmpty() && !existing.attributes().equals(withoutEmpty(attributes))) {
                    throw SnsException.invalidParameter(
                            "Attributes Reason: Subscription already exists with different attributes");
                }
                return existing;
            }
        }
        return null;
    }

    /** A new subscription, not yet added; InvalidParameter when its attributes are bad. */
    static Subscription create(String topicArn, String protocol, String endpoint, Map<String, String> attributes) {
        return new Subscription(topicArn + ":" + UUID.randomUUID(), topicArn, protocol, endpoint, attributes);
    }

    void add(Subscription subscription) {
        byArn.put(subscription.arn(), subscription);
    }

    Subscription find(String arn) {
        if (arn == null || !ARN.matcher(arn).matches()) {
            throw SnsException.invalidParameter("SubscriptionArn");
        }
        Subscription subscription = byArn.get(arn);
        if (subscription == null) {
            throw SnsException.noSuchSubscription();
        }
        return subscription;
    }

    /** Whether a subscription has this ARN; InvalidParameter for a malformed one. */
    boolean contains(String arn) {
        if (arn == null || !ARN.matcher(arn).matches()) {
            throw SnsException.invalidParameter("SubscriptionArn");
        }
        return byArn.containsKey(arn);
    }

    void remove(String arn) {
        byArn.remove(arn);
    }

    void removeTopic(String topicArn) {
        byArn.values().removeIf(subscription -> subscription.topicArn().equals(topicArn));
    }

    List<Subscription> all() {
        return List.copyOf(byArn.values());
    }

    List<Subscription> ofTopic(String topicArn) {
        return byArn.values().stream().filter(subscription -> subscription.topicArn().equals(topicArn)).toList();
    }

    private static Map<String, String> withoutEmpty(Map<String, String> attributes) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.values().removeIf(String::isEmpty);
        copy.replaceAll(SubscriptionAttributes::canonical);
        return copy;
    }
}
