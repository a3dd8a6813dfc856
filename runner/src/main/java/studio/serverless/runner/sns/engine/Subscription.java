package studio.serverless.runner.sns.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A confirmed subscription of an endpoint (a queue or function ARN) to a topic, with its settable attributes and
 * its compiled filter. Attribute changes are synchronized and validated before they take effect.
 */
public final class Subscription {

    private static final Set<String> SETTABLE = Set.of("RawMessageDelivery", "FilterPolicy", "FilterPolicyScope",
            "RedrivePolicy", "DeliveryPolicy", "SubscriptionRoleArn", "ReplayPolicy");

    private final String arn;
    private final String topicArn;
    private final String protocol;
    private final String endpoint;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final String confirmationToken;
    private SubscriptionFilter filter = SubscriptionFilter.NONE;
    private volatile boolean confirmed;

    Subscription(String arn, String topicArn, String protocol, String endpoint, Map<String, String> attributes) {
        this(arn, topicArn, protocol, endpoint, !protocol.equals("http"),
                (java.util.UUID.randomUUID() + "" + java.util.UUID.randomUUID()).replace("-", ""));
        replaceAttributes(checkedWith(attributes));
    }

    private Subscription(String arn, String topicArn, String protocol, String endpoint, boolean confirmed,
            String confirmationToken) {
        this.arn = arn;
        this.topicArn = topicArn;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.confirmed = confirmed;
        this.confirmationToken = confirmationToken;
    }

    /** The subscription a record keeps, as it was. */
    static Subscription restored(SubscriptionRecord kept) {
        Subscription subscription = new Subscription(kept.arn(), kept.topicArn(), kept.protocol(), kept.endpoint(),
                kept.confirmed(), kept.confirmationToken());
        subscription.replaceAttributes(kept.attributes());
        return subscription;
    }

    /**
     * The attributes once {@code changes} are made, checked together (a policy and its scope as one);
     * InvalidParameter on a bad one. Changes nothing.
     */
    synchronized Map<String, String> checkedWith(Map<String, String> changes) {
        Map<String, String> next = new LinkedHashMap<>(attributes);
        changes.forEach((name, value) -> {
            if (!SETTABLE.contains(name)) {
                throw SnsException.invalidParameter("AttributeName");
            }
            SubscriptionAttributes.check(name, value);
            next.put(name, SubscriptionAttributes.canonical(name, value));
        });
        next.values().removeIf(String::isEmpty);
        filterOf(next);
        return next;
    }

    /** Replaces the attributes with checked ones. */
    synchronized void replaceAttributes(Map<String, String> checked) {
        filter = filterOf(checked);
        attributes.clear();
        attributes.putAll(checked);
    }

    private static SubscriptionFilter filterOf(Map<String, String> attributes) {
        return SubscriptionFilter.of(attributes.get("FilterPolicy"), attributes.getOrDefault("FilterPolicyScope",
                "MessageAttributes"));
    }

    /** The subscription as it is kept, with {@code attributes} and confirmation state {@code confirmed}. */
    SubscriptionRecord record(Map<String, String> attributes, boolean confirmed) {
        return new SubscriptionRecord(arn, topicArn, protocol, endpoint, attributes, confirmed, confirmationToken);
    }

    /** The attributes set on the subscription. */
    public synchronized Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    synchronized SubscriptionFilter filter() {
        return filter;
    }

    /** Whether deliveries carry the bare message instead of the JSON envelope. */
    public synchronized boolean rawMessageDelivery() {
        return "true".equals(attributes.get("RawMessageDelivery"));
    }

    /** The dead-letter queue's ARN from the redrive policy, or null. */
    public synchronized String deadLetterTargetArn() {
        return SubscriptionAttributes.deadLetterTargetArn(attributes.get("RedrivePolicy"));
    }

    /** Whether the endpoint confirmed the subscription (queues and functions are confirmed at once). */
    public boolean confirmed() {
        return confirmed;
    }

    String confirmationToken() {
        return confirmationToken;
    }

    void confirm() {
        confirmed = true;
    }

    /** The subscription's ARN. */
    public String arn() {
        return arn;
    }

    /** The topic's ARN. */
    public String topicArn() {
        return topicArn;
    }

    /** {@code sqs}, {@code lambda} or {@code http}. */
    public String protocol() {
        return protocol;
    }

    /** The queue or function ARN, or the URL, deliveries go to. */
    public String endpoint() {
        return endpoint;
    }
}
