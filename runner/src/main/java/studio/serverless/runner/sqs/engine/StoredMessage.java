package studio.serverless.runner.sqs.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message inside a queue, with its delivery state. Mutable, but only ever touched under its queue's lock.
 */
final class StoredMessage {

    private static final ReceiveRequest EVERY_ATTRIBUTE = new ReceiveRequest(1, null, 0,
            java.util.Set.of("All"), java.util.List.of("All"));

    final String id;
    final NewMessage content;
    final long sentAt;
    final String sequenceNumber;
    long visibleAt;
    int receiveCount;
    long firstReceivedAt;
    String receiptHandle;
    String deadLetterSourceArn;

    StoredMessage(String id, NewMessage content, long sentAt, long visibleAt, String sequenceNumber) {
        this.id = id;
        this.content = content;
        this.sentAt = sentAt;
        this.visibleAt = visibleAt;
        this.sequenceNumber = sequenceNumber;
    }

    boolean visible(long now) {
        return visibleAt <= now;
    }

    boolean inFlight(long now) {
        return receiveCount > 0 && !visible(now);
    }

    boolean delayed(long now) {
        return receiveCount == 0 && !visible(now);
    }

    /** Records a receive: counts it, hides the message for {@code visibilitySeconds}, issues a new handle. */
    ReceivedMessage deliver(long now, int visibilitySeconds, String handle, ReceiveRequest request) {
        receiveCount++;
        if (firstReceivedAt == 0) {
            firstReceivedAt = now;
        }
        visibleAt = now + visibilitySeconds * 1000L;
        receiptHandle = handle;
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        content.attributes().forEach((name, value) -> {
            if (request.wantsMessageAttribute(name)) {
                attributes.put(name, value);
            }
        });
        return new ReceivedMessage(id, handle, content.body(), MessageDigests.md5OfBody(content.body()),
                systemAttributes(request), attributes, MessageDigests.md5OfAttributes(attributes));
    }

    /** The message as a peek shows it: nothing about it changes. */
    PeekedMessage peek(long now) {
        Map<String, String> system = systemAttributes(EVERY_ATTRIBUTE);
        String state = visible(now) ? "VISIBLE" : inFlight(now) ? "IN_FLIGHT" : "DELAYED";
        return new PeekedMessage(id, content.body(), system, content.attributes(), receiveCount,
                java.time.Instant.ofEpochMilli(sentAt), PeekedMessage.State.valueOf(state), deadLetterSourceArn);
    }

    private Map<String, String> systemAttributes(ReceiveRequest request) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SenderId", content.senderId());
        all.put("SentTimestamp", String.valueOf(sentAt));
        all.put("ApproximateReceiveCount", String.valueOf(receiveCount));
        all.put("ApproximateFirstReceiveTimestamp", String.valueOf(firstReceivedAt));
        putIfPresent(all, "MessageGroupId", content.groupId());
        putIfPresent(all, "MessageDeduplicationId", content.deduplicationId());
        putIfPresent(all, "SequenceNumber", sequenceNumber);
        putIfPresent(all, "DeadLetterQueueSourceArn", deadLetterSourceArn);
        MessageAttributeValue trace = content.systemAttributes().get("AWSTraceHeader");
        putIfPresent(all, "AWSTraceHeader", trace == null ? null : trace.stringValue());
        all.keySet().removeIf(name -> !request.wantsSystemAttribute(name));
        return all;
    }

    private static void putIfPresent(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
