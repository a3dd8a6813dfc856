package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.runner.events.EventsRuleSdkTest.validationError;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.InputTransformer;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** PutEvents through the real AWS SDK, observed through a real SQS client and recorded runtimes. */
class EventsDeliverySdkTest {

    private static final EventsTestCloud CLOUD = new EventsTestCloud();
    private static final String ORDERS = "{\"source\":[\"com.example.orders\"],\"detail\":{\"total\":[{\"numeric\":[\">\",100]}]}}";

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static PutEventsRequestEntry order(double total) {
        return PutEventsRequestEntry.builder().source("com.example.orders").detailType("Order Placed")
                .detail("{\"id\":\"o-1\",\"total\":" + total + ",\"customer\":{\"name\":\"Ada\"}}")
                .resources("arn:aws:s3:::bucket").build();
    }

    @Test
    void aMatchingEventReachesTheQueueShapedAsAwsDeliversIt() {
        String queue = CLOUD.ruleToNewQueue(ORDERS);

        PutEventsResponse response = CLOUD.events.putEvents(b -> b.entries(order(150), order(50)));

        assertEquals(0, response.failedEntryCount());
        List<String> bodies = CLOUD.bodies(queue);
        assertEquals(1, bodies.size());
        JsonNode event = EventsTestCloud.json(bodies.get(0));
        assertEquals(List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources",
                "detail"), names(event));
        assertEquals(response.entries().get(0).eventId(), event.get("id").asText());
        assertEquals("Order Placed", event.get("detail-type").asText());
        assertEquals("2026-01-01T00:00:00Z", event.get("time").asText());
        assertEquals("000000000000", event.get("account").asText());
        assertEquals("[\"arn:aws:s3:::bucket\"]", event.get("resources").toString());
        assertEquals(150.0, event.at("/detail/total").asDouble());
    }

    @Test
    void inputInputPathAndInputTransformerShapeWhatTargetsReceive() {
        String fixed = CLOUD.newQueue();
        String path = CLOUD.newQueue();
        String transformed = CLOUD.newQueue();
        CLOUD.events.putRule(b -> b.name("shaping").eventPattern(ORDERS));
        CLOUD.events.putTargets(b -> b.rule("shaping").targets(
                Target.builder().id("fixed").arn(CLOUD.queueArn(fixed)).input("{\"constant\":1}").build(),
                Target.builder().id("path").arn(CLOUD.queueArn(path)).inputPath("$.detail.customer").build(),
                Target.builder().id("transformed").arn(CLOUD.queueArn(transformed)).inputTransformer(
                        InputTransformer.builder().inputPathsMap(Map.of("name", "$.detail.customer.name",
                                "total", "$.detail.total")).inputTemplate(
                                        "{\"text\":\"<name> spent <total>\",\"total\":<total>,\"who\":<name>,"
                                        + "\"rule\":\"<aws.events.rule-name>\"}").build()).build()));

        CLOUD.events.putEvents(b -> b.entries(order(200)));

        assertEquals(List.of("{\"constant\":1}"), CLOUD.bodies(fixed));
        assertEquals(List.of("{\"name\":\"Ada\"}"), CLOUD.bodies(path));
        assertEquals(List.of("{\"text\":\"Ada spent 200.0\",\"total\":200.0,\"who\":\"Ada\",\"rule\":\"shaping\"}"),
                CLOUD.bodies(transformed));
    }

    @Test
    void functionStateMachineAndTopicTargetsReceiveTheEvent() {
        String function = "arn:aws:lambda:us-east-1:000000000000:function:on-order";
        String stateMachine = "arn:aws:states:us-east-1:000000000000:stateMachine:fulfil";
        String topic = CLOUD.cloud.sns().createTopic("order-events", Map.of(), "us-east-1", "000000000000").arn();
        String subscribed = CLOUD.newQueue();
        CLOUD.cloud.sns().subscribe(topic, "sqs", CLOUD.queueArn(subscribed), Map.of("RawMessageDelivery", "true"));
        CLOUD.events.putRule(b -> b.name("fan-out").eventPattern(ORDERS));
        CLOUD.events.putTargets(b -> b.rule("fan-out").targets(Target.builder().id("f").arn(function).build(),
                Target.builder().id("s").arn(stateMachine).build(), Target.builder().id("t").arn(topic).build()));

        String id = CLOUD.events.putEvents(b -> b.entries(order(300))).entries().get(0).eventId();

        assertTrue(CLOUD.runtimes.functionEvents().stream().anyMatch(delivery -> delivery.arn().equals(function)
                && EventsTestCloud.json(delivery.payload()).get("id").asText().equals(id)));
        assertTrue(CLOUD.runtimes.executions().stream().anyMatch(delivery -> delivery.arn().equals(stateMachine)
                && EventsTestCloud.json(delivery.payload()).get("id").asText().equals(id)));
        assertEquals(id, EventsTestCloud.json(CLOUD.bodies(subscribed).get(0)).get("id").asText());
    }

    @Test
    void aDisabledRuleDeliversNothingAndACustomBusOnlyItsOwnRules() {
        String disabledQueue = CLOUD.ruleToNewQueue("{\"source\":[\"disabled.test\"]}");
        String rule = CLOUD.events.listRules(b -> b.namePrefix("r-")).rules().stream()
                .filter(r -> r.eventPattern().contains("disabled.test")).findFirst().orElseThrow().name();
        CLOUD.events.disableRule(b -> b.name(rule));
        String bus = EventsTestCloud.unique("bus");
        CLOUD.events.createEventBus(b -> b.name(bus));
        String busQueue = CLOUD.newQueue();
        CLOUD.events.putRule(b -> b.name("on-bus").eventBusName(bus).eventPattern("{\"source\":[\"bus.test\"]}"));
        CLOUD.events.putTargets(b -> b.rule("on-bus").eventBusName(bus)
                .targets(Target.builder().id("q").arn(CLOUD.queueArn(busQueue)).build()));

        CLOUD.events.putEvents(b -> b.entries(entry("disabled.test", null), entry("bus.test", null),
                entry("bus.test", bus)));

        assertEquals(List.of(), CLOUD.bodies(disabledQueue));
        assertEquals(1, CLOUD.bodies(busQueue).size());
    }

    @Test
    void eachRefusedEntryGetsItsOwnErrorAndTheOthersGoThrough() {
        PutEventsResponse response = CLOUD.events.putEvents(b -> b.entries(
                PutEventsRequestEntry.builder().detailType("t").detail("{}").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("[1]").build(),
                entry("s", "no-such-bus"), entry("s", null),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("{}").time(Instant.EPOCH).build()));

        assertEquals(3, response.failedEntryCount());
        assertEquals("InvalidArgument", response.entries().get(0).errorCode());
        assertEquals("Parameter Source is not valid. Reason: Source is a required argument.",
                response.entries().get(0).errorMessage());
        assertEquals("MalformedDetail", response.entries().get(1).errorCode());
        assertEquals("Event bus no-such-bus does not exist.", response.entries().get(2).errorMessage());
        assertNull(response.entries().get(2).eventId());
        assertTrue(response.entries().get(3).eventId() != null && response.entries().get(4).eventId() != null);
    }

    @Test
    void moreThanTenEntriesOrMoreThan256KbAreRefusedWhole() {
        List<PutEventsRequestEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(entry("s", null));
        }
        PutEventsRequestEntry big = PutEventsRequestEntry.builder().source("s").detailType("t")
                .detail("{\"pad\":\"" + "x".repeat(90_000) + "\"}").build();

        assertTrue(validationError(() -> CLOUD.events.putEvents(b -> b.entries(eleven)))
                .contains("Member must have length less than or equal to 10"));
        assertEquals("Total size of the entries in the request is over the limit.",
                validationError(() -> CLOUD.events.putEvents(b -> b.entries(big, big, big))));
    }

    @Test
    void aFifoQueueTargetGetsTheMessageGroupOfItsSqsParametersAndTheEventsOwnTime() {
        String queue = CLOUD.sqs.createQueue(b -> b.queueName(EventsTestCloud.unique("events") + ".fifo")
                .attributesWithStrings(Map.of("FifoQueue", "true"))).queueUrl();
        CLOUD.events.putRule(b -> b.name("to-fifo").eventPattern("{\"source\":[\"fifo.test\"]}"));
        CLOUD.events.putTargets(b -> b.rule("to-fifo").targets(Target.builder().id("q").arn(CLOUD.queueArn(queue))
                .sqsParameters(p -> p.messageGroupId("orders")).build()));

        CLOUD.events.putEvents(b -> b.entries(PutEventsRequestEntry.builder().source("fifo.test").detailType("t")
                .detail("{}").time(Instant.parse("2025-06-01T10:00:00Z")).build()));

        var message = CLOUD.sqs.receiveMessage(b -> b.queueUrl(queue).messageSystemAttributeNamesWithStrings(
                "MessageGroupId")).messages().get(0);
        assertEquals("orders", message.attributesAsStrings().get("MessageGroupId"));
        assertEquals("2025-06-01T10:00:00Z", EventsTestCloud.json(message.body()).get("time").asText());
        assertEquals("orders", CLOUD.events.listTargetsByRule(b -> b.rule("to-fifo")).targets().get(0)
                .sqsParameters().messageGroupId());
    }

    private static PutEventsRequestEntry entry(String source, String bus) {
        return PutEventsRequestEntry.builder().source(source).detailType("t").detail("{}").eventBusName(bus).build();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
