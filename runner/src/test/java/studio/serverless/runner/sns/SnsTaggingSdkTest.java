package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.TagLimitExceededException;

/** SNS topic tagging through the real AWS SDK v2 client: TagResource, UntagResource, ListTagsForResource, CreateTopic. */
class SnsTaggingSdkTest {

    private static final SnsTestCloud CLOUD = new SnsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Map<String, String> tags(String arn) {
        return CLOUD.sns.listTagsForResource(b -> b.resourceArn(arn)).tags().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    @Test
    void tagsAddedAreListedAndUntaggedOnesDisappear() {
        String arn = CLOUD.newTopic();

        CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(tag("team", "orders"), tag("env", "dev")));
        CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(tag("env", "prod")));
        assertEquals(Map.of("team", "orders", "env", "prod"), tags(arn));

        CLOUD.sns.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
        assertEquals(Map.of("env", "prod"), tags(arn));
    }

    @Test
    void tagsGivenOnCreateTopicAreListed() {
        String arn = CLOUD.sns.createTopic(b -> b.name("tagged-topic").tags(tag("owner", "ana"))).topicArn();

        assertEquals(Map.of("owner", "ana"), tags(arn));
    }

    @Test
    void creatingTheTopicAgainWithOtherTagsIsInvalidParameter() {
        CLOUD.sns.createTopic(b -> b.name("retagged-topic").tags(tag("owner", "ana")));

        assertThrows(InvalidParameterException.class,
                () -> CLOUD.sns.createTopic(b -> b.name("retagged-topic").tags(tag("owner", "bob"))));
    }

    @Test
    void aDeletedTopicRecreatedStartsWithoutTags() {
        String arn = CLOUD.sns.createTopic(b -> b.name("recreated-topic").tags(tag("old", "yes"))).topicArn();
        CLOUD.sns.deleteTopic(b -> b.topicArn(arn));

        CLOUD.sns.createTopic(b -> b.name("recreated-topic"));

        assertTrue(tags(arn).isEmpty());
    }

    @Test
    void aMissingTopicIsResourceNotFound() {
        String arn = "arn:aws:sns:us-east-1:000000000000:no-such-topic";

        assertThrows(ResourceNotFoundException.class,
                () -> CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(tag("a", "b"))));
        assertThrows(ResourceNotFoundException.class, () -> tags(arn));
    }

    @Test
    void aFiftyFirstTagIsTagLimitExceeded() {
        String arn = CLOUD.newTopic();
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(fifty));

        assertThrows(TagLimitExceededException.class,
                () -> CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(tag("one-more", "v"))));
        assertEquals(50, tags(arn).size());
    }

    @Test
    void badKeysAndValuesAreInvalidParameter() {
        String arn = CLOUD.newTopic();
        for (Tag bad : List.of(tag("k".repeat(129), "v"), tag("k", "v".repeat(257)), tag("aws:owner", "v"))) {
            assertThrows(InvalidParameterException.class,
                    () -> CLOUD.sns.tagResource(b -> b.resourceArn(arn).tags(bad)), bad.toString());
        }
        assertTrue(tags(arn).isEmpty());
    }
}
