package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sqs.model.Message;
import studio.serverless.runner.RecordingIntegrations;
import studio.serverless.runner.ReferenceFiles;

/** Publish through the real AWS SDK, observed with a real SQS client and a recording function invoker. */
class SnsPublishSdkTest {

    private static final SnsTestCloud CLOUD = new SnsTestCloud();
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:on-order";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    @Test
    void aQueueReceivesTheJsonEnvelopeAsAwsWritesIt() {
        String topic = CLOUD.newTopic();
        String queue = CLOUD.subscribedQueue(topic, Map.of());

        String messageId = CLOUD.sns.publish(b -> b.topicArn(topic).message("hello").subject("greeting")
                .messageAttributes(Map.of("kind", text("order")))).messageId();

        JsonNode envelope = SnsTestCloud.json(CLOUD.drain(queue).get(0).body());
        assertEquals(List.of("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion",
                "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes"), names(envelope));
        assertEquals("Notification", envelope.get("Type").asText());
        assertEquals(messageId, envelope.get("MessageId").asText());
        assertEquals(topic, envelope.get("TopicArn").asText());
        assertEquals("hello", envelope.get("Message").asText());
        assertEquals("2026-01-01T00:00:00.000Z", envelope.get("Timestamp").asText());
        assertEquals("{\"Type\":\"String\",\"Value\":\"order\"}",
                envelope.get("MessageAttributes").get("kind").toString());
        assertTrue(envelope.get("UnsubscribeURL").asText().startsWith(CLOUD.cloud.endpoint() + "/?Action=Unsubscribe"));
    }

    @Test
    void rawDeliveryPassesTheBodyAndAttributesThrough() {
        String topic = CLOUD.newTopic();
        String queue = CLOUD.subscribedQueue(topic, Map.of("RawMessageDelivery", "true"));

        CLOUD.sns.publish(b -> b.topicArn(topic).message("{\"id\":1}").messageAttributes(Map.of(
                "kind", text("order"), "blob", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromUtf8String("bytes")).build())));

        Message received = CLOUD.drain(queue).get(0);
        assertEquals("{\"id\":1}", received.body());
        assertEquals("order", received.messageAttributes().get("kind").stringValue());
        assertEquals("bytes", received.messageAttributes().get("blob").binaryValue().asUtf8String());
    }

    @Test
    void aFunctionReceivesTheSnsEventShapedLikeAwsSample() {
        RecordingIntegrations functions = new RecordingIntegrations().pluggedInto(CLOUD.cloud);
        String topic = CLOUD.newTopic();
        String subscription = CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION))
                .subscriptionArn();

        CLOUD.sns.publish(b -> b.topicArn(topic).message("hi").messageAttributes(Map.of("Test", text("TestString"))));

        RecordingIntegrations.Delivery delivery = functions.functionEvents().get(0);
        JsonNode event = SnsTestCloud.json(delivery.payload());
        JsonNode sample = SnsTestCloud.json(ReferenceFiles.read("events/sns-Sns.json"));
        assertEquals(FUNCTION, delivery.arn());
        assertEquals(names(sample.get("Records").get(0)), names(event.get("Records").get(0)));
        assertEquals(names(sample.get("Records").get(0).get("Sns")), names(event.get("Records").get(0).get("Sns")));
        assertEquals(subscription, event.at("/Records/0/EventSubscriptionArn").asText());
        assertTrue(event.at("/Records/0/Sns/Subject").isNull());
        assertEquals(sample.at("/Records/0/Sns/MessageAttributes/Test"), event.at("/Records/0/Sns/MessageAttributes/Test"));
    }

    @Test
    void aJsonStructuredMessageSendsEachProtocolItsOwnText() {
        RecordingIntegrations functions = new RecordingIntegrations().pluggedInto(CLOUD.cloud);
        String topic = CLOUD.newTopic();
        String queue = CLOUD.subscribedQueue(topic, Map.of("RawMessageDelivery", "true"));
        CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint(FUNCTION));

        CLOUD.sns.publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\":\"for everyone\",\"sqs\":\"for queues\"}"));

        assertEquals("for queues", CLOUD.drain(queue).get(0).body());
        assertEquals("for everyone", SnsTestCloud.json(functions.functionEvents().get(0).payload())
                .at("/Records/0/Sns/Message").asText());
        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> CLOUD.sns.publish(
                b -> b.topicArn(topic).messageStructure("json").message("{\"sqs\":\"no default\"}")));
        assertEquals("Invalid parameter: Message Structure - No default entry in JSON message body",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void filterPoliciesOnAttributesAndOnTheBodyChooseTheSubscribers() {
        String topic = CLOUD.newTopic();
        String byAttribute = CLOUD.subscribedQueue(topic, Map.of("RawMessageDelivery", "true",
                "FilterPolicy", "{\"store\":[\"example_corp\"],\"price\":[{\"numeric\":[\">\",100]}]}"));
        String byBody = CLOUD.subscribedQueue(topic, Map.of("RawMessageDelivery", "true",
                "FilterPolicyScope", "MessageBody", "FilterPolicy", "{\"order\":{\"kind\":[{\"prefix\":\"gift\"}]}}"));
        MessageAttributeValue cheap = MessageAttributeValue.builder().dataType("Number").stringValue("5").build();
        MessageAttributeValue dear = MessageAttributeValue.builder().dataType("Number").stringValue("500").build();

        CLOUD.sns.publish(b -> b.topicArn(topic).message("{\"order\":{\"kind\":\"gift-card\"}}")
                .messageAttributes(Map.of("store", text("example_corp"), "price", cheap)));
        CLOUD.sns.publish(b -> b.topicArn(topic).message("{\"order\":{\"kind\":\"book\"}}")
                .messageAttributes(Map.of("store", text("example_corp"), "price", dear)));

        assertEquals(List.of("{\"order\":{\"kind\":\"book\"}}"), bodies(byAttribute));
        assertEquals(List.of("{\"order\":{\"kind\":\"gift-card\"}}"), bodies(byBody));
    }

    @Test
    void aFifoTopicDeliversInOrderWithItsIdsAndDropsDuplicates() {
        String topic = CLOUD.sns.createTopic(b -> b.name("orders-" + System.nanoTime() + ".fifo")
                .attributes(Map.of("FifoTopic", "true"))).topicArn();
        String queue = CLOUD.sqs.createQueue(b -> b.queueName("orders-" + System.nanoTime() + ".fifo")
                .attributesWithStrings(Map.of("FifoQueue", "true"))).queueUrl();
        CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(CLOUD.queueArn(queue))
                .attributes(Map.of("RawMessageDelivery", "true")));

        var first = CLOUD.sns.publish(b -> b.topicArn(topic).message("one").messageGroupId("g")
                .messageDeduplicationId("d1"));
        var duplicate = CLOUD.sns.publish(b -> b.topicArn(topic).message("one again").messageGroupId("g")
                .messageDeduplicationId("d1"));
        CLOUD.sns.publish(b -> b.topicArn(topic).message("two").messageGroupId("g").messageDeduplicationId("d2"));

        assertEquals(first.messageId(), duplicate.messageId());
        assertEquals(20, first.sequenceNumber().length());
        assertEquals(List.of("one", "two"), bodies(queue));
        InvalidParameterException noGroup = assertThrows(InvalidParameterException.class,
                () -> CLOUD.sns.publish(b -> b.topicArn(topic).message("x").messageDeduplicationId("d3")));
        assertEquals("Invalid parameter: The MessageGroupId parameter is required for FIFO topics",
                noGroup.awsErrorDetails().errorMessage());
    }

    @Test
    void aDeliveryToADeletedQueueGoesToTheSubscriptionsDeadLetterQueue() {
        String topic = CLOUD.newTopic();
        String deadLetters = CLOUD.newQueue();
        String queue = CLOUD.subscribedQueue(topic, Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + CLOUD.queueArn(deadLetters) + "\"}"));
        CLOUD.sqs.deleteQueue(b -> b.queueUrl(queue));

        CLOUD.sns.publish(b -> b.topicArn(topic).message("lost?"));

        assertEquals("lost?", SnsTestCloud.json(CLOUD.drain(deadLetters).get(0).body()).get("Message").asText());
    }

    @Test
    void publishRefusesEmptyOversizedAndMistypedMessagesWithAwsMessages() {
        String topic = CLOUD.newTopic();

        assertEquals("Invalid parameter: Empty message", publishError(topic, "", Map.of()));
        assertEquals("Invalid parameter: Message too long", publishError(topic, "x".repeat(262_145), Map.of()));
        assertEquals("Invalid parameter: Could not cast message attribute 'n' value to number.", publishError(topic,
                "x", Map.of("n", MessageAttributeValue.builder().dataType("Number").stringValue("ten").build())));
        assertThrows(NotFoundException.class, () -> CLOUD.sns.publish(b -> b
                .topicArn("arn:aws:sns:us-east-1:000000000000:gone").message("x")));
    }

    @Test
    void publishBatchPublishesEachEntryOrReportsItsFailure() {
        String topic = CLOUD.newTopic();
        String queue = CLOUD.subscribedQueue(topic, Map.of("RawMessageDelivery", "true"));

        var result = CLOUD.sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                e -> e.id("ok").message("first"), e -> e.id("empty").message(""), e -> e.id("ok2").message("second")));

        assertEquals(List.of("ok", "ok2"), result.successful().stream().map(s -> s.id()).toList());
        assertEquals("empty", result.failed().get(0).id());
        assertEquals("InvalidParameter", result.failed().get(0).code());
        assertTrue(result.failed().get(0).senderFault());
        assertEquals(List.of("first", "second"), bodies(queue));
    }

    @Test
    void publishBatchRefusesEmptyOversizedAndRepeatedBatches() {
        String topic = CLOUD.newTopic();
        List<software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry.builder().id("e" + i)
                    .message("m").build());
        }

        assertThrows(software.amazon.awssdk.services.sns.model.TooManyEntriesInBatchRequestException.class,
                () -> CLOUD.sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(eleven)));
        assertThrows(software.amazon.awssdk.services.sns.model.BatchEntryIdsNotDistinctException.class,
                () -> CLOUD.sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                        e -> e.id("same").message("a"), e -> e.id("same").message("b"))));
        assertThrows(software.amazon.awssdk.services.sns.model.EmptyBatchRequestException.class,
                () -> CLOUD.sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(List.of())));
    }

    private static String publishError(String topic, String message, Map<String, MessageAttributeValue> attributes) {
        return assertThrows(InvalidParameterException.class, () -> CLOUD.sns.publish(b -> b.topicArn(topic)
                .message(message).messageAttributes(attributes))).awsErrorDetails().errorMessage();
    }

    private static List<String> bodies(String queue) {
        return CLOUD.drain(queue).stream().map(Message::body).toList();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFifoTopicWithContentBasedDeduplicationDropsTheSameBodyWithinFiveMinutes() {
        String topic = CLOUD.sns.createTopic(b -> b.name("dedup-" + System.nanoTime() + ".fifo")
                .attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"))).topicArn();
        String queue = CLOUD.sqs.createQueue(b -> b.queueName("dedup-" + System.nanoTime() + ".fifo")
                .attributesWithStrings(Map.of("FifoQueue", "true"))).queueUrl();
        CLOUD.sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(CLOUD.queueArn(queue))
                .attributes(Map.of("RawMessageDelivery", "true")));

        CLOUD.sns.publish(b -> b.topicArn(topic).message("same").messageGroupId("g"));
        CLOUD.sns.publish(b -> b.topicArn(topic).message("same").messageGroupId("g"));
        List<Message> received = CLOUD.drain(queue);
        assertEquals(List.of("same"), received.stream().map(Message::body).toList());
        CLOUD.sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(received.get(0).receiptHandle()));

        CLOUD.clock.advance(java.time.Duration.ofMinutes(5));
        CLOUD.sns.publish(b -> b.topicArn(topic).message("same").messageGroupId("g"));
        assertEquals(List.of("same"), bodies(queue));
    }
}
