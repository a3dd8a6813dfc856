package studio.serverless.runner.events.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.serverless.runner.tagging.ResourceTags;

/**
 * The tags of EventBridge rules and buses, addressed by ARN as TagResource, UntagResource and ListTagsForResource
 * address them. Locks on the engine's buses, so a rule cannot be deleted while it is being tagged.
 */
public final class EventsTagging {

    private final ResourceTags tags = new ResourceTags();
    private final Buses buses;

    EventsTagging(Buses buses) {
        this.buses = buses;
    }

    /** Adds tags to the rule or bus {@code arn}; ResourceNotFoundException when there is none. */
    public void tagResource(String arn, Map<String, String> resourceTags) {
        synchronized (buses) {
            tags.tag(existing(arn), resourceTags, ResourceTagErrors::refusal);
        }
    }

    /** Removes the tags with {@code keys} from the rule or bus {@code arn}; absent keys are ignored. */
    public void untagResource(String arn, List<String> keys) {
        synchronized (buses) {
            tags.untag(existing(arn), keys);
        }
    }

    /** The tags of the rule or bus {@code arn}, sorted by key. */
    public Map<String, String> resourceTags(String arn) {
        synchronized (buses) {
            return tags.of(existing(arn));
        }
    }

    /** The tags by ARN, for the store to restore and journal them at start. */
    public ResourceTags tags() {
        return tags;
    }

    /** The ARNs of every bus and rule, e.g. to drop tags whose resource is gone. */
    public Set<String> taggableArns() {
        synchronized (buses) {
            return buses.taggableArns();
        }
    }

    /** Checks the tags of a rule or bus about to be created; nothing is created when they are bad. */
    static void checkNew(Map<String, String> resourceTags) {
        ResourceTags.checkNew(resourceTags, ResourceTagErrors::refusal);
    }

    /** Adds tags to a rule or bus just made (its caller holds the buses' lock). */
    void tagNew(String arn, Map<String, String> resourceTags) {
        tags.tag(arn, resourceTags, ResourceTagErrors::refusal);
    }

    /** Forgets the tags of a deleted rule or bus. */
    void forget(String arn) {
        tags.forget(arn);
    }

    private String existing(String arn) {
        if (arn == null || !buses.taggableArns().contains(arn)) {
            throw ResourceTagErrors.notFound(arn);
        }
        return arn;
    }
}
