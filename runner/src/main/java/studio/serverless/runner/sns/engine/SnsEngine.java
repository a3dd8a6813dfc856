package studio.serverless.runner.sns.engine;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.tagging.ResourceTags;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * The SNS emulator's logic: topics, subscriptions and publishing, free of any wire protocol. Thread-safe:
 * topics and subscriptions change under the engine's lock; deliveries run outside it (a FIFO topic publishes
 * under its own lock so its sequence order is its delivery order).
 */
public final class SnsEngine {

    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+");

    private final Clock clock;
    private final Deliveries deliveries;
    private final Publisher publisher;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Subscriptions subscriptions = new Subscriptions();
    private final TopicJournal journal;
    private final TopicTagging tagging = new TopicTagging(this);

    /**
     * An engine delivering to {@code sqs} and through {@code integrations}.
     *
     * @param endpointUrl the endpoint's URL, for the unsubscribe links in envelopes
     */
    public SnsEngine(Clock clock, SqsEngine sqs, Integrations integrations, Supplier<String> endpointUrl) {
        this(clock, sqs, integrations, endpointUrl, TopicJournal.NONE);
    }

    /** An engine that reports every topic and subscription change to {@code journal} before making it. */
    public SnsEngine(Clock clock, SqsEngine sqs, Integrations integrations, Supplier<String> endpointUrl,
            TopicJournal journal) {
        this.clock = Objects.requireNonNull(clock);
        this.deliveries = new Deliveries(sqs, integrations, endpointUrl);
        this.publisher = new Publisher(clock, deliveries);
        this.journal = Objects.requireNonNull(journal);
    }

    /** Puts back a kept topic, journalling nothing. */
    public synchronized void restoreTopic(TopicRecord kept) {
        topics.put(kept.arn(), new Topic(kept.name(), kept.arn(), kept.attributes()));
    }

    /** Puts back a kept subscription of a restored topic, journalling nothing and sending no confirmation. */
    public synchronized void restoreSubscription(SubscriptionRecord kept) {
        if (topics.containsKey(kept.topicArn())) {
            subscriptions.add(Subscription.restored(kept));
        }
    }

    /** Creates a topic, or returns the existing one of that name when the attributes agree. */
    public synchronized Topic createTopic(String name, Map<String, String> attributes, String region,
            String accountId) {
        return createTopic(name, attributes, Map.of(), region, accountId);
    }

    /**
     * Creates a topic carrying {@code topicTags}, or returns the existing one of that name when its attributes and
     * tags agree (InvalidParameter otherwise).
     */
    public synchronized Topic createTopic(String name, Map<String, String> attributes, Map<String, String> topicTags,
            String region, String accountId) {
        ResourceTags.checkNew(topicTags, TopicTagErrors::refusal);
        Topic topic = createTopicWithoutTags(name, attributes, region, accountId);
        Map<String, String> current = tagging.tags().of(topic.arn());
        if (current.isEmpty()) {
            tagging.tags().tag(topic.arn(), topicTags, TopicTagErrors::refusal);
        } else if (!topicTags.isEmpty() && !current.equals(new java.util.TreeMap<>(topicTags))) {
            throw SnsException.invalidParameter("Tags Reason: Topic already exists with different tags");
        }
        return topic;
    }

    private Topic createTopicWithoutTags(String name, Map<String, String> attributes, String region,
            String accountId) {
        String arn = "arn:aws:sns:" + region + ":" + accountId + ":" + name;
        Topic created = new Topic(name, arn, attributes);
        Topic existing = topics.get(arn);
        if (existing == null) {
            journal.topicSaved(created.record());
            topics.put(arn, created);
            return created;
        }
        boolean same = existing.fifo() == created.fifo() && attributes.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("FifoTopic"))
                .allMatch(entry -> entry.getValue().equals(existing.attributes().get(entry.getKey())));
        if (!same) {
            throw SnsException.invalidParameter("Attributes Reason: Topic already exists with different attributes");
        }
        return existing;
    }

    /** The topic with this ARN: InvalidParameter for a malformed ARN, NotFound for a missing topic. */
    public synchronized Topic topic(String arn) {
        if (arn == null || !TOPIC_ARN.matcher(arn).matches()) {
            throw SnsException.invalidParameter("TopicArn");
        }
        Topic topic = topics.get(arn);
        if (topic == null) {
            throw SnsException.noSuchTopic();
        }
        return topic;
    }

    /** Every topic, in creation order. */
    public synchronized List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** Deletes a topic and its subscriptions; deleting a missing topic succeeds, as on AWS. */
    public synchronized void deleteTopic(String arn) {
        if (arn == null || !TOPIC_ARN.matcher(arn).matches()) {
            throw SnsException.invalidParameter("TopicArn");
        }
        if (topics.containsKey(arn)) {
            journal.topicDeleted(arn);
            tagging.tags().forget(arn);
        }
        topics.remove(arn);
        subscriptions.removeTopic(arn);
    }

    /** The tags of topics (TagResource, UntagResource, ListTagsForResource). */
    public TopicTagging tagging() {
        return tagging;
    }

    /** Whether the topic {@code arn} exists. */
    synchronized boolean hasTopic(String arn) {
        return topics.containsKey(arn);
    }

    /** Sets one of a topic's settable attributes; InvalidParameter for any other name or a bad value. */
    public synchronized void setTopicAttribute(String arn, String attribute, String value) {
        Topic topic = topic(arn);
        journal.topicSaved(topic.recordWith(attribute, value));
        topic.set(attribute, value);
    }

    /** A topic's attributes, the derived ones included. */
    public synchronized Map<String, String> topicAttributes(String arn) {
        Topic topic = topic(arn);
        List<Subscription> ofTopic = subscriptions.ofTopic(arn);
        int confirmed = (int) ofTopic.stream().filter(Subscription::confirmed).count();
        return TopicAttributeReport.of(topic, confirmed, ofTopic.size() - confirmed);
    }

    /**
     * Subscribes an SQS queue, a function or a loopback http URL to a topic; the same subscription again answers
     * the existing one. Queues and functions are confirmed at once; an http endpoint is sent a
     * SubscriptionConfirmation and gets notifications once it confirms.
     */
    public synchronized Subscription subscribe(String topicArn, String protocol, String endpoint,
            Map<String, String> attributes) {
        Topic topic = topic(topicArn);
        SubscriptionEndpoints.check(protocol, endpoint);
        Subscription subscription = subscriptions.existing(topic.arn(), protocol, endpoint, attributes);
        if (subscription != null) {
            return subscription;
        }
        subscription = Subscriptions.create(topic.arn(), protocol, endpoint, attributes);
        journal.subscriptionSaved(subscription.record(subscription.attributes(), subscription.confirmed()));
        subscriptions.add(subscription);
        if (!subscription.confirmed()) {
            deliveries.requestConfirmation(subscription, clock.instant());
        }
        return subscription;
    }

    /** Confirms the http subscription that was sent {@code token}; InvalidParameter for an unknown token. */
    public synchronized Subscription confirmSubscription(String topicArn, String token) {
        String arn = topic(topicArn).arn();
        Subscription subscription = subscriptions.ofTopic(arn).stream()
                .filter(candidate -> candidate.confirmationToken().equals(token)).findFirst()
                .orElseThrow(() -> SnsException.invalidParameter("Token"));
        if (!subscription.confirmed()) {
            journal.subscriptionSaved(subscription.record(subscription.attributes(), true));
            subscription.confirm();
        }
        return subscription;
    }

    /** The subscription with this ARN: InvalidParameter for a malformed ARN, NotFound for a missing one. */
    public synchronized Subscription subscription(String arn) {
        return subscriptions.find(arn);
    }

    /** A subscription's attributes, the derived ones included. */
    public synchronized Map<String, String> subscriptionAttributes(String arn) {
        return SubscriptionAttributes.report(subscriptions.find(arn));
    }

    /** Removes a subscription; removing a missing one succeeds. */
    public synchronized void unsubscribe(String arn) {
        if (subscriptions.contains(arn)) {
            journal.subscriptionDeleted(arn);
            subscriptions.remove(arn);
        }
    }

    /** Sets subscription attributes together (a policy and its scope as one); InvalidParameter on a bad one. */
    public synchronized void setSubscriptionAttributes(String arn, Map<String, String> changes) {
        Subscription subscription = subscriptions.find(arn);
        Map<String, String> next = subscription.checkedWith(changes);
        journal.subscriptionSaved(subscription.record(next, subscription.confirmed()));
        subscription.replaceAttributes(next);
    }

    /** Every subscription, or a topic's (NotFound when the topic is missing) when {@code topicArn} is not null. */
    public synchronized List<Subscription> subscriptions(String topicArn) {
        return topicArn == null ? subscriptions.all() : subscriptions.ofTopic(topic(topicArn).arn());
    }

    /**
     * Publishes to a topic and delivers to every subscription whose filter accepts the message before returning.
     * On FIFO topics a duplicate within five minutes is accepted, not delivered, and answers with the first id.
     */
    public PublishResult publish(String topicArn, SnsMessage message) {
        Topic topic;
        List<Subscription> targets;
        synchronized (this) {
            topic = topic(topicArn);
            MessageChecks.check(message, topic);
            targets = subscriptions.ofTopic(topic.arn());
        }
        return publisher.publish(topic, message, targets);
    }
}
