package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The JSON that SNS wraps a notification in: the envelope queues receive (fields in AWS's order, with
 * {@code SigningCertURL} and {@code UnsubscribeURL}) and the Lambda event's {@code Records[0].Sns} (with
 * {@code SigningCertUrl} and {@code UnsubscribeUrl}, and a null Subject when there is none, as AWS sends them).
 * The signature has AWS's shape but signs nothing: no certificate could verify it.
 */
final class Envelopes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Envelopes() {
    }

    /** The envelope a queue receives unless the subscription asks for raw delivery. */
    static String forQueue(Notification notification, Subscription subscription, String endpointUrl) {
        return envelope(notification, subscription, endpointUrl, "URL", false).toString();
    }

    /** The SubscriptionConfirmation message an http subscriber receives, with its token and SubscribeURL. */
    static String confirmation(Subscription subscription, String messageId, java.time.Instant now,
            String endpointUrl) {
        String subscribeUrl = endpointUrl + "/?Action=ConfirmSubscription&TopicArn=" + subscription.topicArn()
                + "&Token=" + subscription.confirmationToken();
        return JSON.createObjectNode().put("Type", "SubscriptionConfirmation").put("MessageId", messageId)
                .put("Token", subscription.confirmationToken()).put("TopicArn", subscription.topicArn())
                .put("Message", "You have chosen to subscribe to the topic " + subscription.topicArn()
                        + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.")
                .put("SubscribeURL", subscribeUrl).put("Timestamp", TIMESTAMP.format(now))
                .put("SignatureVersion", "1").put("Signature", "")
                .put("SigningCertURL", endpointUrl + "/SimpleNotificationService-local.pem").toString();
    }

    /** The event a function receives. */
    static String forFunction(Notification notification, Subscription subscription, String endpointUrl) {
        ObjectNode record = JSON.createObjectNode().put("EventSource", "aws:sns").put("EventVersion", "1.0")
                .put("EventSubscriptionArn", subscription.arn());
        record.set("Sns", envelope(notification, subscription, endpointUrl, "Url", true));
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").add(record);
        return event.toString();
    }

    private static ObjectNode envelope(Notification notification, Subscription subscription, String endpointUrl,
            String urlSuffix, boolean nullSubject) {
        ObjectNode node = JSON.createObjectNode().put("Type", "Notification")
                .put("MessageId", notification.messageId());
        if (notification.sequenceNumber() != null) {
            node.put("SequenceNumber", notification.sequenceNumber());
        }
        node.put("TopicArn", notification.topicArn());
        if (notification.subject() != null || nullSubject) {
            node.put("Subject", notification.subject());
        }
        node.put("Message", notification.textFor(subscription.protocol()))
                .put("Timestamp", TIMESTAMP.format(notification.timestamp()))
                .put("SignatureVersion", "1").put("Signature", signature(notification))
                .put("SigningCert" + urlSuffix, endpointUrl + "/SimpleNotificationService-local.pem")
                .put("Unsubscribe" + urlSuffix, endpointUrl + "/?Action=Unsubscribe&SubscriptionArn="
                        + subscription.arn());
        if (!notification.attributes().isEmpty() || nullSubject) {
            ObjectNode attributes = node.putObject("MessageAttributes");
            notification.attributes().forEach((name, value) -> attributes.putObject(name)
                    .put("Type", value.dataType()).put("Value", value.isBinary()
                            ? Base64.getEncoder().encodeToString(value.binaryValue()) : value.stringValue()));
        }
        return node;
    }

    private static String signature(Notification notification) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((notification.messageId() + notification.message()).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
