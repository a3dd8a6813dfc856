package studio.serverless.runner.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS's tag limits as every service applies them. */
class TagRulesTest {

    @ParameterizedTest(name = "{0}={1} breaks {2}")
    @CsvSource({"'',v,KEY_LENGTH", "aws:cost,v,RESERVED_PREFIX", "AWS:cost,v,RESERVED_PREFIX"})
    void aBadTagBreaksItsRule(String key, String value, TagViolation.Rule rule) {
        assertEquals(rule, TagRules.check(Map.of(), Map.of(key, value)).orElseThrow().rule());
    }

    @Test
    void lengthsAreCountedInCharactersUpToTheLimits() {
        assertTrue(TagRules.check(Map.of(), Map.of("k".repeat(128), "v".repeat(256))).isEmpty());
        assertEquals(TagViolation.Rule.KEY_LENGTH,
                TagRules.check(Map.of(), Map.of("k".repeat(129), "v")).orElseThrow().rule());
        assertEquals(TagViolation.Rule.VALUE_LENGTH,
                TagRules.check(Map.of(), Map.of("k", "v".repeat(257))).orElseThrow().rule());
        assertTrue(TagRules.check(Map.of(), Map.of("\uD83D\uDE00".repeat(128), "")).isEmpty(), "emoji count once");
    }

    @Test
    void replacingAnExistingKeyDoesNotCountTowardsTheLimit() {
        Map<String, String> fifty = new HashMap<>();
        IntStream.range(0, 50).forEach(i -> fifty.put("k" + i, "v"));

        assertTrue(TagRules.check(fifty, Map.of("k0", "changed")).isEmpty());
        assertEquals(TagViolation.Rule.TOO_MANY_TAGS, TagRules.check(fifty, Map.of("new", "v")).orElseThrow().rule());
    }

    @Test
    void aRefusedChangeLeavesTheTagsAndTheJournalUntouched() {
        ResourceTags tags = new ResourceTags();
        Map<String, Map<String, String>> journalled = new HashMap<>();
        tags.journalTo(new TagJournal() {
            @Override
            public void tagsSaved(String resourceArn, Map<String, String> saved) {
                journalled.put(resourceArn, saved);
            }

            @Override
            public void tagsDeleted(String resourceArn) {
                journalled.remove(resourceArn);
            }
        });
        tags.tag("arn:a", Map.of("team", "x"), violation -> new IllegalArgumentException());

        assertThrows(IllegalArgumentException.class,
                () -> tags.tag("arn:a", Map.of("aws:x", "y"), violation -> new IllegalArgumentException()));
        assertEquals(Map.of("team", "x"), journalled.get("arn:a"));
        tags.untag("arn:a", java.util.List.of("team"));

        assertTrue(tags.of("arn:a").isEmpty());
        assertTrue(journalled.isEmpty());
    }
}
