package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a published message into a notification and hands it to each subscription. A FIFO topic publishes under
 * its own lock, so its sequence order is its delivery order, and answers a duplicate within its window with the
 * first publication's id without delivering it again.
 */
final class Publisher {

    private final Clock clock;
    private final Deliveries deliveries;

    Publisher(Clock clock, Deliveries deliveries) {
        this.clock = clock;
        this.deliveries = deliveries;
    }

    PublishResult publish(Topic topic, SnsMessage message, List<Subscription> targets) {
        topic.countPublished();
        if (!topic.fifo()) {
            Notification notification = notification(topic, message, null, null);
            targets.forEach(subscription -> deliveries.deliver(notification, subscription));
            return new PublishResult(notification.messageId(), null);
        }
        synchronized (topic) {
            return publishFifo(topic, message, targets);
        }
    }

    private PublishResult publishFifo(Topic topic, SnsMessage message, List<Subscription> targets) {
        String deduplicationId = message.deduplicationId() != null ? message.deduplicationId()
                : ContentDigest.sha256(message.message());
        String messageId = UUID.randomUUID().toString();
        FifoWindow.Accepted earlier = topic.fifoWindow().admit(deduplicationId, messageId, clock.millis());
        if (earlier != null) {
            return new PublishResult(earlier.messageId(), earlier.sequenceNumber());
        }
        Notification notification = new Notification(topic.arn(), messageId,
                topic.fifoWindow().sequenceNumber(deduplicationId), clock.instant(), message.subject(),
                message.message(), perProtocol(message), message.attributes(), message.groupId(), deduplicationId);
        new ArrayList<>(targets).forEach(subscription -> deliveries.deliver(notification, subscription));
        return new PublishResult(messageId, notification.sequenceNumber());
    }

    private Notification notification(Topic topic, SnsMessage message, String sequenceNumber, String dedupId) {
        return new Notification(topic.arn(), UUID.randomUUID().toString(), sequenceNumber, clock.instant(),
                message.subject(), message.message(), perProtocol(message), message.attributes(), null, dedupId);
    }

    private static JsonNode perProtocol(SnsMessage message) {
        return "json".equals(message.messageStructure()) ? MessageChecks.structured(message.message()) : null;
    }
}
