package studio.serverless.runner.sns.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studio.serverless.runner.tagging.ResourceTags;

/**
 * The tags of SNS topics, addressed by ARN as TagResource, UntagResource and ListTagsForResource address them.
 * Works under the engine's lock, so a topic cannot be deleted while it is being tagged.
 */
public final class TopicTagging {

    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[^:]+");

    private final ResourceTags tags = new ResourceTags();
    private final SnsEngine engine;

    TopicTagging(SnsEngine engine) {
        this.engine = engine;
    }

    /** Adds tags to the topic {@code arn}; ResourceNotFound when there is no such topic. */
    public void tagResource(String arn, Map<String, String> topicTags) {
        synchronized (engine) {
            tags.tag(existing(arn), topicTags, TopicTagErrors::refusal);
        }
    }

    /** Removes the tags with {@code keys} from the topic {@code arn}; absent keys are ignored. */
    public void untagResource(String arn, List<String> keys) {
        keys.forEach(TopicTagErrors::checkKey);
        synchronized (engine) {
            tags.untag(existing(arn), keys);
        }
    }

    /** The tags of the topic {@code arn}, sorted by key. */
    public Map<String, String> resourceTags(String arn) {
        synchronized (engine) {
            return tags.of(existing(arn));
        }
    }

    /** The tags by topic ARN, for the store to restore and journal them at start. */
    public ResourceTags tags() {
        return tags;
    }

    /** The ARNs of every topic, e.g. to drop tags whose topic is gone. */
    public Set<String> topicArns() {
        return engine.topics().stream().map(Topic::arn).collect(Collectors.toSet());
    }

    private String existing(String arn) {
        if (arn == null || !TOPIC_ARN.matcher(arn).matches()) {
            throw SnsException.invalidParameter("ResourceArn Reason: not a topic ARN");
        }
        if (!engine.hasTopic(arn)) {
            throw new SnsException(SnsError.RESOURCE_NOT_FOUND, "Resource does not exist");
        }
        return arn;
    }
}
