package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** SQS tagging through the real AWS SDK v2 client (JSON protocol): TagQueue, UntagQueue, ListQueueTags, tags on create. */
class SqsTaggingSdkTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Map<String, String> tags(String url) {
        return CLOUD.sqs.listQueueTags(b -> b.queueUrl(url)).tags();
    }

    @Test
    void tagsAddedAreListedAndUntaggedOnesDisappear() {
        String url = CLOUD.newQueue();

        CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(Map.of("team", "orders", "env", "dev")));
        CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(Map.of("env", "prod")));
        assertEquals(Map.of("team", "orders", "env", "prod"), tags(url));

        CLOUD.sqs.untagQueue(b -> b.queueUrl(url).tagKeys("env", "not-there"));
        assertEquals(Map.of("team", "orders"), tags(url));
    }

    @Test
    void aQueueWithoutTagsListsNone() {
        assertTrue(tags(CLOUD.newQueue()).isEmpty());
    }

    @Test
    void tagsGivenOnCreateQueueAreListed() {
        String url = CLOUD.sqs.createQueue(b -> b.queueName("tagged-on-create").tags(Map.of("owner", "ana")))
                .queueUrl();

        assertEquals(Map.of("owner", "ana"), tags(url));
    }

    @Test
    void aDeletedQueueRecreatedUnderItsNameStartsWithoutTags() {
        String url = CLOUD.sqs.createQueue(b -> b.queueName("recreated").tags(Map.of("old", "yes"))).queueUrl();
        CLOUD.sqs.deleteQueue(b -> b.queueUrl(url));

        String again = CLOUD.sqs.createQueue(b -> b.queueName("recreated")).queueUrl();

        assertTrue(tags(again).isEmpty());
    }

    @Test
    void taggingAMissingQueueIsQueueDoesNotExist() {
        String url = CLOUD.cloud.endpoint() + "/000000000000/no-such-queue";

        assertThrows(QueueDoesNotExistException.class,
                () -> CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(Map.of("a", "b"))));
        assertThrows(QueueDoesNotExistException.class, () -> tags(url));
    }

    @Test
    void aFiftyFirstTagIsRefusedAndNothingChanges() {
        String url = CLOUD.newQueue();
        Map<String, String> fifty = new HashMap<>();
        IntStream.range(0, 50).forEach(i -> fifty.put("k" + i, "v"));
        CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(fifty));

        SqsException refused = assertThrows(SqsException.class,
                () -> CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(Map.of("one-more", "v"))));

        assertEquals("InvalidParameterValue", refused.awsErrorDetails().errorCode());
        assertTrue(refused.getMessage().contains("Too many tags"), refused.getMessage());
        assertEquals(50, tags(url).size());
    }

    @Test
    void badKeysAndValuesAreInvalidParameterValue() {
        String url = CLOUD.newQueue();
        for (Map<String, String> bad : List.of(Map.of("", "v"), Map.of("k".repeat(129), "v"),
                Map.of("k", "v".repeat(257)), Map.of("aws:owner", "v"))) {
            SqsException refused = assertThrows(SqsException.class,
                    () -> CLOUD.sqs.tagQueue(b -> b.queueUrl(url).tags(bad)));
            assertEquals("InvalidParameterValue", refused.awsErrorDetails().errorCode(), bad.toString());
        }
        assertTrue(tags(url).isEmpty());
    }

    @Test
    void createQueueWithBadTagsCreatesNothing() {
        assertThrows(SqsException.class,
                () -> CLOUD.sqs.createQueue(b -> b.queueName("bad-tags").tags(Map.of("aws:x", "y"))));

        assertThrows(QueueDoesNotExistException.class, () -> CLOUD.sqs.getQueueUrl(b -> b.queueName("bad-tags")));
    }
}
