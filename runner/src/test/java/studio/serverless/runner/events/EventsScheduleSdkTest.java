package studio.serverless.runner.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.Target;
import studio.serverless.runner.ReferenceFiles;

/** Scheduled rules against a hand-moved clock: nothing waits in real time. */
class EventsScheduleSdkTest {

    private final EventsTestCloud cloud = new EventsTestCloud();

    @AfterEach
    void stop() {
        cloud.close();
    }

    private String scheduledToQueue(String rule, String expression) {
        String queue = cloud.newQueue();
        cloud.events.putRule(b -> b.name(rule).scheduleExpression(expression));
        cloud.events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(cloud.queueArn(queue))
                .build()));
        return queue;
    }

    private void advance(Duration duration) {
        cloud.clock.advance(duration);
        cloud.cloud.events().fireDueSchedules();
    }

    @Test
    void aRateRuleFiresOncePerPeriodAsTheClockMoves() {
        String queue = scheduledToQueue("every-five", "rate(5 minutes)");

        advance(Duration.ofMinutes(4));
        assertEquals(List.of(), cloud.bodies(queue));
        advance(Duration.ofMinutes(1));
        assertEquals(1, cloud.bodies(queue).size());
        advance(Duration.ofMinutes(10));
        assertEquals(2, cloud.bodies(queue).size());
        assertEquals(0, cloud.cloud.events().fireDueSchedules());
    }

    @Test
    void aScheduledEventIsShapedLikeAwsSample() {
        String queue = scheduledToQueue("noon", "cron(0 12 * * ? *)");
        assertEquals("cron(0 12 * * ? *)", cloud.events.describeRule(b -> b.name("noon")).scheduleExpression());

        advance(Duration.ofHours(12));

        JsonNode event = EventsTestCloud.json(cloud.bodies(queue).get(0));
        JsonNode sample = EventsTestCloud.json(ReferenceFiles.read("events/cloudwatch-ScheduledEvent.json"));
        List<String> sampleFields = EventsDeliverySdkTest.names(sample);
        assertEquals(sampleFields, EventsDeliverySdkTest.names(event).stream()
                .filter(sampleFields::contains).toList());
        assertEquals("0", event.get("version").asText());
        assertEquals("Scheduled Event", event.get("detail-type").asText());
        assertEquals("aws.events", event.get("source").asText());
        assertEquals("2026-01-01T12:00:00Z", event.get("time").asText());
        assertEquals("[\"arn:aws:events:us-east-1:000000000000:rule/noon\"]", event.get("resources").toString());
        assertEquals("{}", event.get("detail").toString());
    }

    @Test
    void aDisabledScheduleDoesNotFireAndRestartsWhenEnabled() {
        String queue = scheduledToQueue("paused", "rate(1 hour)");
        cloud.events.disableRule(b -> b.name("paused"));

        advance(Duration.ofHours(3));
        assertEquals(List.of(), cloud.bodies(queue));
        cloud.events.enableRule(b -> b.name("paused"));
        advance(Duration.ofMinutes(59));
        assertEquals(List.of(), cloud.bodies(queue));
        advance(Duration.ofMinutes(1));
        assertEquals(1, cloud.bodies(queue).size());
    }

    @Test
    void aLongJumpOfTheClockReplaysAtMostOneHundredMissedFirings() {
        scheduledToQueue("busy", "rate(1 minute)");

        cloud.clock.advance(Duration.ofDays(1));
        int fired = cloud.cloud.events().fireDueSchedules();

        assertEquals(100, fired);
        assertEquals(0, cloud.cloud.events().fireDueSchedules());
        cloud.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, cloud.cloud.events().fireDueSchedules());
    }
}
