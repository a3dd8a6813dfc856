package studio.serverless.runner.sns.engine;

import java.util.Map;

/**
 * A topic as it is kept: enough to make it again.
 *
 * @param name       the topic's name
 * @param arn        the topic's ARN
 * @param attributes the attributes set on it, with {@code FifoTopic=true} for a FIFO topic
 */
public record TopicRecord(String name, String arn, Map<String, String> attributes) {

    /** Copies the attributes. */
    public TopicRecord {
        attributes = Map.copyOf(attributes);
    }
}
