package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Tag;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;

/** EventBridge tagging of rules and buses through the real AWS SDK v2 client. */
class EventsTaggingSdkTest {

    private static final EventsTestCloud CLOUD = new EventsTestCloud();
    private static final String PATTERN = "{\"source\":[\"shop\"]}";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Map<String, String> tags(String arn) {
        return CLOUD.events.listTagsForResource(b -> b.resourceARN(arn)).tags().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private static void assertValidationError(Executable call) {
        EventBridgeException refused = assertThrows(EventBridgeException.class, call);
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode());
    }

    private static String newRule(String name) {
        return CLOUD.events.putRule(b -> b.name(name).eventPattern(PATTERN)).ruleArn();
    }

    @Test
    void ruleTagsAddedAreListedAndUntaggedOnesDisappear() {
        String arn = newRule("tagged-rule");

        CLOUD.events.tagResource(b -> b.resourceARN(arn).tags(tag("team", "orders"), tag("env", "dev")));
        CLOUD.events.untagResource(b -> b.resourceARN(arn).tagKeys("env"));

        assertEquals(Map.of("team", "orders"), tags(arn));
    }

    @Test
    void tagsGivenOnPutRuleAndCreateEventBusAreListed() {
        String rule = CLOUD.events.putRule(b -> b.name("rule-with-tags").eventPattern(PATTERN)
                .tags(tag("owner", "ana"))).ruleArn();
        String bus = CLOUD.events.createEventBus(b -> b.name("bus-with-tags").tags(tag("cost", "42")))
                .eventBusArn();

        assertEquals(Map.of("owner", "ana"), tags(rule));
        assertEquals(Map.of("cost", "42"), tags(bus));
    }

    @Test
    void aRuleOnACustomBusAndTheDefaultBusCanBeTagged() {
        String bus = CLOUD.events.createEventBus(b -> b.name("orders-bus")).eventBusArn();
        String rule = CLOUD.events.putRule(b -> b.name("on-orders").eventBusName("orders-bus")
                .eventPattern(PATTERN)).ruleArn();
        String defaultBus = CLOUD.events.describeEventBus(b -> b.name("default")).arn();

        CLOUD.events.tagResource(b -> b.resourceARN(rule).tags(tag("a", "1")));
        CLOUD.events.tagResource(b -> b.resourceARN(defaultBus).tags(tag("b", "2")));

        assertEquals(Map.of("a", "1"), tags(rule));
        assertEquals(Map.of("b", "2"), tags(defaultBus));
        assertTrue(tags(bus).isEmpty());
    }

    @Test
    void aDeletedRulePutAgainStartsWithoutTags() {
        String arn = CLOUD.events.putRule(b -> b.name("recreated-rule").eventPattern(PATTERN)
                .tags(tag("old", "yes"))).ruleArn();
        CLOUD.events.deleteRule(b -> b.name("recreated-rule"));

        newRule("recreated-rule");

        assertTrue(tags(arn).isEmpty());
    }

    @Test
    void aMissingRuleOrBusIsResourceNotFound() {
        assertThrows(ResourceNotFoundException.class,
                () -> tags("arn:aws:events:us-east-1:000000000000:rule/no-such-rule"));
        assertThrows(ResourceNotFoundException.class, () -> CLOUD.events.tagResource(b -> b
                .resourceARN("arn:aws:events:us-east-1:000000000000:event-bus/no-such-bus").tags(tag("a", "b"))));
    }

    @Test
    void tooManyOrBadTagsAreValidationExceptions() {
        String arn = newRule("limited-rule");
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        CLOUD.events.tagResource(b -> b.resourceARN(arn).tags(fifty));

        assertValidationError(() -> CLOUD.events.tagResource(b -> b.resourceARN(arn).tags(tag("one-more", "v"))));
        assertValidationError(() -> CLOUD.events.tagResource(b -> b.resourceARN(arn).tags(tag("aws:x", "v"))));
        assertValidationError(() -> CLOUD.events.putRule(b -> b.name("bad-tagged-rule")
                .eventPattern(PATTERN).tags(tag("k", "v".repeat(257)))));
        assertEquals(50, tags(arn).size());
    }
}
