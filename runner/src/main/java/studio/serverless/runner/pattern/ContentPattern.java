package studio.serverless.runner.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A compiled event pattern or filter policy: every field condition must hold, and of each {@code $or} group at
 * least one alternative. Immutable and thread-safe; build one with {@link PatternCompiler}.
 */
public final class ContentPattern {

    private final List<FieldCondition> fields;
    private final List<List<ContentPattern>> alternatives;

    ContentPattern(List<FieldCondition> fields, List<List<ContentPattern>> alternatives) {
        this.fields = List.copyOf(fields);
        this.alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** Whether {@code document} (an event, a message body, or a message's attributes as JSON) matches. */
    public boolean matches(JsonNode document) {
        for (FieldCondition field : fields) {
            if (!field.matches(document)) {
                return false;
            }
        }
        for (List<ContentPattern> group : alternatives) {
            if (group.stream().noneMatch(alternative -> alternative.matches(document))) {
                return false;
            }
        }
        return true;
    }

    /** How many field conditions the pattern holds, counting every {@code $or} alternative's. */
    public int fieldCount() {
        int count = fields.size();
        for (List<ContentPattern> group : alternatives) {
            count += group.stream().mapToInt(ContentPattern::fieldCount).sum();
        }
        return count;
    }

    /** The deepest nesting of keys, 1 for a flat pattern (SNS refuses nested keys on message attributes). */
    public int depth() {
        int depth = fields.stream().mapToInt(field -> field.path().size()).max().orElse(0);
        for (List<ContentPattern> group : alternatives) {
            depth = Math.max(depth, group.stream().mapToInt(ContentPattern::depth).max().orElse(0));
        }
        return depth;
    }

    List<FieldCondition> fieldsForNesting() {
        return fields;
    }

    List<List<ContentPattern>> alternativesForNesting() {
        return alternatives;
    }
}
