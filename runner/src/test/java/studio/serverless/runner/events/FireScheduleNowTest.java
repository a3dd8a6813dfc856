package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.Target;
import studio.serverless.runner.RecordingIntegrations;
import studio.serverless.runner.ReferenceFiles;
import studio.serverless.runner.events.engine.EventsException;
import studio.serverless.runner.events.engine.ScheduleFiring;

/** "Fire now": a schedule rule's targets get a Scheduled Event at once, as at a due firing, without moving time. */
class FireScheduleNowTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:nightly-report";

    private final EventsTestCloud cloud = new EventsTestCloud();

    @AfterEach
    void stop() {
        cloud.close();
    }

    private String nightlyRuleToFunctionAndQueue() {
        String queue = cloud.newQueue();
        cloud.events.putRule(b -> b.name("nightly").scheduleExpression("cron(0 2 * * ? *)"));
        cloud.events.putTargets(b -> b.rule("nightly").targets(
                Target.builder().id("report").arn(FUNCTION).build(),
                Target.builder().id("audit").arn(cloud.queueArn(queue)).build()));
        return queue;
    }

    @Test
    void firingNowDeliversTheScheduledEventToAFunctionTargetAndAQueueTarget() {
        String queue = nightlyRuleToFunctionAndQueue();

        ScheduleFiring firing = cloud.cloud.events().fireNow("default", "nightly");

        List<RecordingIntegrations.Delivery> invoked = cloud.runtimes.functionEvents();
        assertEquals(1, invoked.size());
        assertEquals(FUNCTION, invoked.get(0).arn());
        JsonNode event = EventsTestCloud.json(invoked.get(0).payload());
        assertEquals(List.of(event.toString()), cloud.bodies(queue));
        JsonNode sample = EventsTestCloud.json(ReferenceFiles.read("events/cloudwatch-ScheduledEvent.json"));
        List<String> sampleFields = EventsDeliverySdkTest.names(sample);
        assertEquals(sampleFields, EventsDeliverySdkTest.names(event).stream().filter(sampleFields::contains).toList());
        assertEquals("Scheduled Event", event.get("detail-type").asText());
        assertEquals("aws.events", event.get("source").asText());
        assertEquals("2026-01-01T00:00:00Z", event.get("time").asText(), "the clock's now, not the next 02:00");
        assertEquals("[\"arn:aws:events:us-east-1:000000000000:rule/nightly\"]", event.get("resources").toString());
        assertEquals(firing.eventId(), event.get("id").asText());
        assertEquals(List.of("report", "audit"), firing.targets().stream().map(target -> target.id()).toList());
    }

    @Test
    void firingNowLeavesTheScheduleAsItWas() {
        String queue = nightlyRuleToFunctionAndQueue();
        cloud.cloud.events().fireNow("default", "nightly");
        cloud.bodies(queue);

        cloud.clock.advance(Duration.ofHours(2));

        assertEquals(1, cloud.cloud.events().fireDueSchedules(), "02:00 still fires on its own");
        assertEquals(1, cloud.bodies(queue).size());
    }

    @Test
    void aRuleThatMatchesEventsOrIsMissingCannotBeFired() {
        cloud.events.putRule(b -> b.name("orders").eventPattern("{\"source\":[\"shop\"]}"));

        EventsException patternRule = assertThrows(EventsException.class,
                () -> cloud.cloud.events().fireNow("default", "orders"));
        EventsException missing = assertThrows(EventsException.class,
                () -> cloud.cloud.events().fireNow("default", "nope"));

        assertEquals("Rule orders matches events and has no schedule expression: only a schedule rule (rate() or"
                + " cron()) can be fired.", patternRule.getMessage());
        assertEquals("Rule nope does not exist on EventBus default.", missing.getMessage());
    }
}
