package studio.serverless.runner.sns.engine;

import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * Hands a notification to one confirmed subscription: filters it, then sends it to the queue (enveloped or raw,
 * with the FIFO group and deduplication ids), to the function, or to the http endpoint. A queue that refuses it (deleted, say) sends it to the
 * subscription's dead-letter queue when it has one; otherwise the delivery is logged and dropped, as AWS drops it
 * after its retries.
 */
final class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    private final SqsEngine sqs;
    private final Integrations integrations;
    private final Supplier<String> endpointUrl;
    private final HttpNotifier http = new HttpNotifier();

    Deliveries(SqsEngine sqs, Integrations integrations, Supplier<String> endpointUrl) {
        this.sqs = sqs;
        this.integrations = integrations;
        this.endpointUrl = endpointUrl;
    }

    void deliver(Notification notification, Subscription subscription) {
        String text = notification.textFor(subscription.protocol());
        if (!subscription.confirmed() || !subscription.filter().accepts(text, notification.attributes())) {
            return;
        }
        announce(notification, subscription);
        if (subscription.protocol().equals("http")) {
            http.post(subscription, "Notification", notification.messageId(), subscription.rawMessageDelivery()
                    ? text : Envelopes.forQueue(notification, subscription, endpointUrl.get()));
            return;
        }
        if (subscription.protocol().equals("lambda")) {
            integrations.functions().invokeAsync(subscription.endpoint(),
                    Envelopes.forFunction(notification, subscription, endpointUrl.get()));
            return;
        }
        try {
            sendToQueue(subscription.endpoint(), notification, subscription);
        } catch (SqsException e) {
            deadLetter(notification, subscription, e);
        }
    }

    private void announce(Notification notification, Subscription subscription) {
        ActivityFeed feed = integrations.activity();
        if (feed.listening()) {
            ResourceRef.fromArn(notification.topicArn()).ifPresent(topic -> feed.publish(ActivityKind.DELIVERY, topic,
                    ResourceRef.fromArn(subscription.endpoint()).orElse(null),
                    "message to " + subscription.protocol() + " subscriber", null));
        }
    }

    /** Asks an http subscriber to confirm: posts the SubscriptionConfirmation with its token. */
    void requestConfirmation(Subscription subscription, java.time.Instant now) {
        String messageId = java.util.UUID.randomUUID().toString();
        http.post(subscription, "SubscriptionConfirmation", messageId,
                Envelopes.confirmation(subscription, messageId, now, endpointUrl.get()));
    }

    private void deadLetter(Notification notification, Subscription subscription, SqsException cause) {
        String deadLetterQueue = subscription.deadLetterTargetArn();
        try {
            if (deadLetterQueue == null) {
                throw cause;
            }
            sendToQueue(deadLetterQueue, notification, subscription);
        } catch (SqsException e) {
            LOG.warning("dropped a notification for " + subscription.arn() + ": " + e.getMessage());
        }
    }

    private void sendToQueue(String queueArn, Notification notification, Subscription subscription) {
        String queue = queueArn.substring(queueArn.lastIndexOf(':') + 1);
        boolean raw = subscription.rawMessageDelivery();
        String body = raw ? notification.textFor(subscription.protocol())
                : Envelopes.forQueue(notification, subscription, endpointUrl.get());
        Map<String, MessageAttributeValue> attributes = raw ? notification.attributes() : Map.of();
        boolean fifoQueue = sqs.queue(queue).settings().fifo();
        sqs.send(queue, new NewMessage(body, attributes, Map.of(), null,
                fifoQueue ? notification.groupId() : null, fifoQueue ? notification.deduplicationId() : null,
                "AIDAIT2UOQQY3AUEKVGXU"));
    }
}
