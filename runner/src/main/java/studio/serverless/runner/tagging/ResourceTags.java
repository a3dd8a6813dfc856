package studio.serverless.runner.tagging;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One service's tags, by resource ARN. Thread-safe: each change to a resource's tags is checked against
 * {@link TagRules}, reported to the journal and applied as one step, so two concurrent TagResource calls can never
 * together exceed the limit. Whether the resource exists is the service's business, checked before calling here.
 */
public final class ResourceTags {

    private final Map<String, Map<String, String>> tagsByArn = new ConcurrentHashMap<>();
    private volatile TagJournal journal = TagJournal.NONE;

    /** Sends every later change to {@code next} (set once, at start, after {@link #restore}). */
    public void journalTo(TagJournal next) {
        this.journal = Objects.requireNonNull(next);
    }

    /** Puts back tags read from storage, without reporting them to the journal. */
    public void restore(String resourceArn, Map<String, String> tags) {
        tagsByArn.put(resourceArn, Map.copyOf(tags));
    }

    /** Forgets the tags of every resource that {@code exists} rejects (left over from a crash during a delete). */
    public void retainOnly(Predicate<String> exists) {
        tagsByArn.keySet().stream().filter(exists.negate()).toList().forEach(this::forget);
    }

    /** The resource's tags sorted by key; empty when it has none. */
    public Map<String, String> of(String resourceArn) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(tagsByArn.getOrDefault(resourceArn, Map.of())));
    }

    /**
     * Checks {@code tags} for a new resource (nothing is stored): the service calls this before it creates the
     * resource, so bad tags create nothing.
     */
    public static void checkNew(Map<String, String> tags, Function<TagViolation, RuntimeException> refusal) {
        Optional<TagViolation> violation = TagRules.check(Map.of(), tags);
        if (violation.isPresent()) {
            throw refusal.apply(violation.get());
        }
    }

    /**
     * Adds {@code tags} to the resource, replacing the values of keys it already has.
     *
     * @throws RuntimeException what {@code refusal} makes of the first broken rule; nothing changes then
     */
    public void tag(String resourceArn, Map<String, String> tags, Function<TagViolation, RuntimeException> refusal) {
        if (tags.isEmpty()) {
            return;
        }
        tagsByArn.compute(resourceArn, (arn, current) -> {
            Map<String, String> existing = current == null ? Map.of() : current;
            Optional<TagViolation> violation = TagRules.check(existing, tags);
            if (violation.isPresent()) {
                throw refusal.apply(violation.get());
            }
            Map<String, String> merged = new TreeMap<>(existing);
            merged.putAll(tags);
            journal.tagsSaved(arn, merged);
            return Map.copyOf(merged);
        });
    }

    /** Removes the tags with {@code keys} from the resource; keys it does not carry are ignored, as AWS does. */
    public void untag(String resourceArn, Collection<String> keys) {
        tagsByArn.computeIfPresent(resourceArn, (arn, current) -> {
            Map<String, String> remaining = new TreeMap<>(current);
            remaining.keySet().removeAll(keys);
            if (remaining.isEmpty()) {
                journal.tagsDeleted(arn);
                return null;
            }
            journal.tagsSaved(arn, remaining);
            return Map.copyOf(remaining);
        });
    }

    /** Forgets every tag of the resource, e.g. because it was deleted. */
    public void forget(String resourceArn) {
        tagsByArn.computeIfPresent(resourceArn, (arn, current) -> {
            journal.tagsDeleted(arn);
            return null;
        });
    }
}
