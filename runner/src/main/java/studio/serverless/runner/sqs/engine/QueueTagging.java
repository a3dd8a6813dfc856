package studio.serverless.runner.sqs.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import studio.serverless.runner.tagging.ResourceTags;

/** The tags of SQS queues (TagQueue, UntagQueue, ListQueueTags), kept by queue ARN and addressed by queue name. */
public final class QueueTagging {

    private final ResourceTags tags = new ResourceTags();
    private final SqsEngine engine;

    QueueTagging(SqsEngine engine) {
        this.engine = engine;
    }

    /** TagQueue: adds tags, replacing the values of keys the queue has; QueueDoesNotExist for a missing queue. */
    public void tagQueue(String queueName, Map<String, String> queueTags) {
        if (queueTags.isEmpty()) {
            throw SqsException.missingParameter("Tags");
        }
        tags.tag(engine.queue(queueName).arn(), queueTags, QueueTagErrors.refusal(queueName));
    }

    /** UntagQueue: removes the tags with {@code keys}; absent keys are ignored. */
    public void untagQueue(String queueName, List<String> keys) {
        if (keys.isEmpty()) {
            throw SqsException.missingParameter("TagKeys");
        }
        keys.forEach(QueueTagErrors::checkKey);
        tags.untag(engine.queue(queueName).arn(), keys);
    }

    /** ListQueueTags: the queue's tags, sorted by key. */
    public Map<String, String> queueTags(String queueName) {
        return tags.of(engine.queue(queueName).arn());
    }

    /** The tags by queue ARN, for the store to restore and journal them at start. */
    public ResourceTags tags() {
        return tags;
    }

    /** The ARNs of every queue, e.g. to drop tags whose queue is gone. */
    public Set<String> queueArns() {
        return engine.queueNames(null).stream().map(name -> engine.queue(name).arn()).collect(Collectors.toSet());
    }
}
