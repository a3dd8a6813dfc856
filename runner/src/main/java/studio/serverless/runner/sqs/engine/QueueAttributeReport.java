package studio.serverless.runner.sqs.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the answer to GetQueueAttributes: the settings plus the computed attributes, filtered by name. */
final class QueueAttributeReport {

    /** Every attribute name GetQueueAttributes accepts, in AWS's order. */
    static final List<String> NAMES = List.of("All", "Policy", "VisibilityTimeout", "MaximumMessageSize",
            "MessageRetentionPeriod", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
            "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn", "ApproximateNumberOfMessagesDelayed",
            "DelaySeconds", "ReceiveMessageWaitTimeSeconds", "RedrivePolicy", "FifoQueue",
            "ContentBasedDeduplication", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "DeduplicationScope",
            "FifoThroughputLimit", "RedriveAllowPolicy", "SqsManagedSseEnabled");

    private QueueAttributeReport() {
    }

    /** The attributes named in {@code requested} ({@code All} for every one) that the queue has. */
    static Map<String, String> of(MessageQueue queue, Collection<String> requested, long now) {
        for (String name : requested) {
            if (!NAMES.contains(name)) {
                throw new SqsException(SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + name + ".");
            }
        }
        Map<String, String> all = new LinkedHashMap<>(queue.settings().values());
        QueueCounts counts = queue.counts(now);
        all.put("ApproximateNumberOfMessages", String.valueOf(counts.visible()));
        all.put("ApproximateNumberOfMessagesNotVisible", String.valueOf(counts.notVisible()));
        all.put("ApproximateNumberOfMessagesDelayed", String.valueOf(counts.delayed()));
        all.put("CreatedTimestamp", String.valueOf(queue.createdAt() / 1000));
        all.put("LastModifiedTimestamp", String.valueOf(queue.lastModifiedAt() / 1000));
        all.put("QueueArn", queue.arn());
        if (!requested.contains("All")) {
            all.keySet().retainAll(requested);
        }
        return all;
    }
}
