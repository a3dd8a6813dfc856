package studio.serverless.runner.sqs.engine;

import java.util.Map;

/**
 * A queue as it is stored: enough to recreate it after a restart.
 *
 * @param name           the queue's name
 * @param arn            its ARN
 * @param createdAt      creation time, epoch milliseconds
 * @param lastModifiedAt last attribute change, epoch milliseconds
 * @param attributes     its settings as SQS attributes
 */
public record QueueRecord(String name, String arn, long createdAt, long lastModifiedAt,
                          Map<String, String> attributes) {

    /** Copies the attributes. */
    public QueueRecord {
        attributes = Map.copyOf(attributes);
    }
}
