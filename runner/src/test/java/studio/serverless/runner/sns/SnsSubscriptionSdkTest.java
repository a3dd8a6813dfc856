package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Subscription;

/** Subscriptions through the real AWS SDK: subscribe, list, attributes, unsubscribe, and the errors AWS sends. */
class SnsSubscriptionSdkTest {

    private static final SnsTestCloud CLOUD = new SnsTestCloud();
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:handler";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void queueAndFunctionSubscriptionsAreConfirmedAtOnceAndListed() {
        String topic = CLOUD.newTopic();
        String queueArn = CLOUD.queueArn(CLOUD.newQueue());

        String toQueue = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn)
                .returnSubscriptionArn(true)).subscriptionArn();
        String toFunction = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION))
                .subscriptionArn();

        assertTrue(toQueue.startsWith(topic + ":"));
        List<Subscription> listed = CLOUD.sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions();
        assertEquals(List.of(toQueue, toFunction), listed.stream().map(Subscription::subscriptionArn).toList());
        assertEquals(List.of("sqs", "lambda"), listed.stream().map(Subscription::protocol).toList());
        assertEquals(queueArn, listed.get(0).endpoint());
        assertTrue(CLOUD.sns.listSubscriptions().subscriptions().containsAll(listed));
    }

    @Test
    void subscribingTheSameEndpointAgainAnswersTheSameSubscription() {
        String topic = CLOUD.newTopic();
        String queueArn = CLOUD.queueArn(CLOUD.newQueue());

        String first = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn))
                .subscriptionArn();
        String second = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn))
                .subscriptionArn();

        assertEquals(first, second);
    }

    @Test
    void subscriptionAttributesCanBeSetAndRead() {
        String topic = CLOUD.newTopic();
        String arn = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION)
                .attributes(Map.of("RawMessageDelivery", "TRUE"))).subscriptionArn();
        String policy = "{\"store\":[\"example_corp\"]}";

        CLOUD.sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("FilterPolicy")
                .attributeValue(policy));
        CLOUD.sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("FilterPolicyScope")
                .attributeValue("MessageBody"));
        Map<String, String> attributes = CLOUD.sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn))
                .attributes();

        assertEquals("true", attributes.get("RawMessageDelivery"));
        assertEquals(policy, attributes.get("FilterPolicy"));
        assertEquals("MessageBody", attributes.get("FilterPolicyScope"));
        assertEquals("false", attributes.get("PendingConfirmation"));
        assertEquals(FUNCTION, attributes.get("Endpoint"));
        assertEquals(topic, attributes.get("TopicArn"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FilterPolicy|{\"store\":\"not-an-array\"}|Invalid parameter: FilterPolicy: the value of store must be",
        "FilterPolicy|{\"price\":[{\"numeric\":[\">\",\"ten\"]}]}|Invalid parameter: FilterPolicy: value of >",
        "FilterPolicy|{\"a\":{\"b\":[\"nested\"]}}|Invalid parameter: Filter policy scope MessageAttributes does",
        "FilterPolicy|not json|Invalid parameter: FilterPolicy: the pattern is not valid JSON",
        "RawMessageDelivery|maybe|Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [maybe]",
        "FilterPolicyScope|Everything|Invalid parameter: Attributes Reason: FilterPolicyScope: Invalid value",
        "Colour|red|Invalid parameter: AttributeName"})
    void aBadSubscriptionAttributeIsAnInvalidParameterWithAwsMessage(String name, String value, String message) {
        String topic = CLOUD.newTopic();
        String arn = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION))
                .subscriptionArn();

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns
                .setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName(name).attributeValue(value)));

        assertTrue(error.awsErrorDetails().errorMessage().startsWith(message), error.awsErrorDetails().errorMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sqs|not-an-arn|Invalid parameter: SQS endpoint ARN",
        "lambda|arn:aws:sqs:us-east-1:000000000000:q|Invalid parameter: Lambda endpoint ARN",
        "carrier-pigeon|coo|Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon",
        "email|a@example.com|Invalid parameter: Protocol Reason: the local cloud delivers to sqs, lambda and http",
        "http|http://example.com/hook|Invalid parameter: Endpoint Reason: the local cloud delivers http notifications"})
    void aBadEndpointOrProtocolIsAnInvalidParameter(String protocol, String endpoint, String message) {
        String topic = CLOUD.newTopic();

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns
                .subscribe(b -> b.topicArn(topic).protocol(protocol).endpoint(endpoint)));

        assertTrue(error.awsErrorDetails().errorMessage().startsWith(message), error.awsErrorDetails().errorMessage());
    }

    @Test
    void unsubscribeRemovesTheSubscriptionAndAMissingOneIsNotFound() {
        String topic = CLOUD.newTopic();
        String arn = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION))
                .subscriptionArn();

        CLOUD.sns.unsubscribe(b -> b.subscriptionArn(arn));

        assertEquals(List.of(), CLOUD.sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions());
        NotFoundException error = assertThrows(NotFoundException.class,
                () -> CLOUD.sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)));
        assertEquals("Subscription does not exist", error.awsErrorDetails().errorMessage());
    }

    @Test
    void subscribingToAMissingTopicIsNotFound() {
        assertThrows(NotFoundException.class, () -> CLOUD.sns.subscribe(b -> b
                .topicArn("arn:aws:sns:us-east-1:000000000000:missing").protocol("lambda").endpoint(FUNCTION)));
        assertThrows(NotFoundException.class, () -> CLOUD.sns.listSubscriptionsByTopic(b -> b
                .topicArn("arn:aws:sns:us-east-1:000000000000:missing")));
    }
}
