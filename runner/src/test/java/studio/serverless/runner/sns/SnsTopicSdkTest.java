package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Topic;

/** Topics through the real AWS SDK: create (standard and FIFO), list with paging, attributes, delete, errors. */
class SnsTopicSdkTest {

    private static final SnsTestCloud CLOUD = new SnsTestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void createTopicAnswersAnArnInTheCallersRegionAndIsIdempotent() {
        String arn = CLOUD.sns.createTopic(b -> b.name("orders")).topicArn();

        assertEquals("arn:aws:sns:us-east-1:000000000000:orders", arn);
        assertEquals(arn, CLOUD.sns.createTopic(b -> b.name("orders")).topicArn());
    }

    @Test
    void topicAttributesReportTheSetAndTheDerivedOnes() {
        String arn = CLOUD.newTopic();
        CLOUD.sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("DisplayName").attributeValue("Orders"));
        String queue = CLOUD.newQueue();
        CLOUD.sns.subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(CLOUD.queueArn(queue)));

        Map<String, String> attributes = CLOUD.sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();

        assertEquals("Orders", attributes.get("DisplayName"));
        assertEquals(arn, attributes.get("TopicArn"));
        assertEquals("000000000000", attributes.get("Owner"));
        assertEquals("1", attributes.get("SubscriptionsConfirmed"));
        assertTrue(attributes.get("Policy").contains(arn));
    }

    @Test
    void aFifoTopicNeedsTheFifoSuffixAndReportsItsAttributes() {
        String arn = CLOUD.sns.createTopic(b -> b.name("prices.fifo")
                .attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"))).topicArn();

        Map<String, String> attributes = CLOUD.sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        assertEquals("true", attributes.get("FifoTopic"));
        assertEquals("true", attributes.get("ContentBasedDeduplication"));
        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns
                .createTopic(b -> b.name("prices").attributes(Map.of("FifoTopic", "true"))));
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("Invalid parameter: Fifo Topic names must end"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "dots.not.allowed", "slash/no", "ümlaut"})
    void aBadTopicNameIsAnInvalidParameter(String name) {
        InvalidParameterException error = assertThrows(InvalidParameterException.class,
                () -> CLOUD.sns.createTopic(b -> b.name(name)));

        assertEquals("Invalid parameter: Topic Name", error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
    }

    @Test
    void listTopicsPagesByOneHundred() {
        for (int i = 0; i < 120; i++) {
            CLOUD.newTopic();
        }
        Set<String> seen = new HashSet<>();
        ListTopicsResponse first = CLOUD.sns.listTopics();
        first.topics().stream().map(Topic::topicArn).forEach(seen::add);
        assertEquals(100, first.topics().size());
        ListTopicsResponse second = CLOUD.sns.listTopics(b -> b.nextToken(first.nextToken()));
        second.topics().stream().map(Topic::topicArn).forEach(seen::add);

        assertEquals(CLOUD.cloud.sns().topics().size(), seen.size());
        assertEquals(null, second.nextToken());
        assertTrue(CLOUD.sns.listTopicsPaginator().topics().stream().count() >= 120);
    }

    @Test
    void deleteTopicRemovesItAndItsSubscriptionsAndIsIdempotent() {
        String arn = CLOUD.newTopic();
        CLOUD.subscribedQueue(arn, Map.of());

        CLOUD.sns.deleteTopic(b -> b.topicArn(arn));
        CLOUD.sns.deleteTopic(b -> b.topicArn(arn));

        assertFalse(CLOUD.sns.listTopicsPaginator().topics().stream().anyMatch(t -> t.topicArn().equals(arn)));
        assertFalse(CLOUD.sns.listSubscriptionsPaginator().subscriptions().stream()
                .anyMatch(s -> s.topicArn().equals(arn)));
    }

    @Test
    void aMissingTopicIsNotFoundAndAMalformedArnAnInvalidParameter() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> CLOUD.sns.getTopicAttributes(
                b -> b.topicArn("arn:aws:sns:us-east-1:000000000000:nope")));
        InvalidParameterException malformed = assertThrows(InvalidParameterException.class,
                () -> CLOUD.sns.publish(b -> b.topicArn("not-an-arn").message("x")));

        assertEquals("Topic does not exist", missing.awsErrorDetails().errorMessage());
        assertEquals(404, missing.statusCode());
        assertEquals("Invalid parameter: TopicArn", malformed.awsErrorDetails().errorMessage());
    }

    @Test
    void anUnknownTopicAttributeIsAnInvalidParameter() {
        String arn = CLOUD.newTopic();

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns
                .setTopicAttributes(b -> b.topicArn(arn).attributeName("Colour").attributeValue("red")));

        assertEquals("Invalid parameter: AttributeName", error.awsErrorDetails().errorMessage());
    }

    @Test
    void recreatingATopicWithOtherAttributesIsAnInvalidParameter() {
        CLOUD.sns.createTopic(b -> b.name("shown").attributes(Map.of("DisplayName", "One")));

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns
                .createTopic(b -> b.name("shown").attributes(Map.of("DisplayName", "Two"))));

        assertEquals("Invalid parameter: Attributes Reason: Topic already exists with different attributes",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void contentBasedDeduplicationIsOnlyForFifoTopics() {
        String arn = CLOUD.newTopic();

        assertThrows(InvalidParameterException.class, () -> CLOUD.sns.setTopicAttributes(b -> b.topicArn(arn)
                .attributeName("ContentBasedDeduplication").attributeValue("true")));
    }
}
