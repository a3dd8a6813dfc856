package studio.serverless.runner.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.ReferenceFiles;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;

/** The SQS event source mapping over a real SQS engine, with the function as a Java answer. */
class SqsPollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SqsEngine sqs = new SqsEngine(Clock.systemUTC(), new InMemoryQueueStore());
    private final BlockingQueue<JsonNode> invocations = new LinkedBlockingQueue<>();
    private final List<JsonNode> everyEvent = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<SqsPoller> pollers = new ArrayList<>();

    @AfterEach
    void stop() {
        pollers.forEach(SqsPoller::close);
    }

    private void map(String queue, boolean reportFailures, Function<JsonNode, CallOutcome> function) {
        pollers.add(SqsPoller.start(new SqsMapping(queue, "handler", 10, Duration.ZERO, reportFailures), sqs,
                (name, event) -> {
                    JsonNode parsed = parse(event);
                    everyEvent.add(parsed);
                    invocations.add(parsed);
                    return function.apply(parsed);
                }, "us-east-1"));
    }

    @Test
    void aBatchShapedLikeAwsEventReachesTheFunctionAndSucceededMessagesAreDeleted() throws Exception {
        sqs.createQueue("orders", Map.of(), "us-east-1", "000000000000");
        sqs.send("orders", NewMessage.of("{\"order\":1}"));
        map("orders", false, event -> answered("null"));
        JsonNode event = invocations.poll(10, TimeUnit.SECONDS);
        JsonNode record = event.get("Records").get(0);
        assertEquals("{\"order\":1}", record.get("body").asText());
        assertEquals("aws:sqs", record.get("eventSource").asText());
        assertEquals(sqs.queue("orders").arn(), record.get("eventSourceARN").asText());
        assertEquals("1", record.at("/attributes/ApproximateReceiveCount").asText());
        JsonNode reference = JSON.readTree(ReferenceFiles.read("events/sqs-Sqs.json")).get("Records").get(0);
        reference.fieldNames().forEachRemaining(field -> assertTrue(record.has(field), "the record lacks " + field));
        reference.get("attributes").fieldNames().forEachRemaining(attribute ->
                assertTrue(record.get("attributes").has(attribute), "the record's attributes lack " + attribute));
        assertQueueEmpties("orders");
    }

    @Test
    void aMessageWhoseHandlerKeepsFailingLandsInTheDeadLetterQueue() throws Exception {
        sqs.createQueue("orders-dlq", Map.of(), "us-east-1", "000000000000");
        sqs.createQueue("orders", Map.of("VisibilityTimeout", "0", "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + sqs.queue("orders-dlq").arn() + "\",\"maxReceiveCount\":\"2\"}"),
                "us-east-1", "000000000000");
        sqs.send("orders", NewMessage.of("poison"));
        map("orders", false, event -> CallOutcome.failed(CallOutcome.Kind.FUNCTION_ERROR, new byte[0]));
        List<ReceivedMessage> dead = sqs.receive("orders-dlq", new ReceiveRequest(1, null, 20, Set.of(), List.of()));
        assertEquals("poison", dead.get(0).body());
        assertEquals(2, countRecordsWithBody("poison"), "invoked once per receive allowed before the redrive");
    }

    @Test
    void reportedBatchItemFailuresComeBackAndTheRestIsDeleted() throws Exception {
        sqs.createQueue("orders", Map.of("VisibilityTimeout", "0"), "us-east-1", "000000000000");
        sqs.send("orders", NewMessage.of("good"));
        sqs.send("orders", NewMessage.of("bad"));
        List<String> badSeen = new ArrayList<>();
        map("orders", true, event -> {
            for (JsonNode record : event.get("Records")) {
                if (record.get("body").asText().equals("bad") && badSeen.isEmpty()) {
                    badSeen.add(record.get("messageId").asText());
                    return answered("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + badSeen.get(0) + "\"}]}");
                }
            }
            return answered("{\"batchItemFailures\":[]}");
        });
        assertQueueEmpties("orders");
        assertEquals(1, countRecordsWithBody("good"), "the good message was deleted after its first batch");
        assertEquals(2, countRecordsWithBody("bad"), "the reported message came back once");
    }

    private int countRecordsWithBody(String body) {
        int count = 0;
        for (JsonNode event : everyEvent) {
            for (JsonNode record : event.get("Records")) {
                count += record.get("body").asText().equals(body) ? 1 : 0;
            }
        }
        return count;
    }

    /** Waits until the queue holds no message, visible or in flight, by waiting for each change of the queue. */
    private void assertQueueEmpties(String queue) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Map<String, String> counts = sqs.queueAttributes(queue, List.of("ApproximateNumberOfMessages",
                    "ApproximateNumberOfMessagesNotVisible"));
            if (counts.values().stream().allMatch("0"::equals)) {
                return;
            }
            invocations.poll(50, TimeUnit.MILLISECONDS); // wakes on the next invocation, else re-checks
        }
        throw new AssertionError("queue " + queue + " still holds messages: " + sqs.queueAttributes(queue,
                List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")));
    }

    private static CallOutcome answered(String json) {
        return CallOutcome.answered(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(byte[] event) {
        try {
            return JSON.readTree(event);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
