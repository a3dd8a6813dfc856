package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;

/**
 * The ticker of a local cloud on the system clock (or an advanceable one) fires due schedules without anyone
 * asking.
 */
class ScheduleTickerTest {

    @Test
    void theTickerFiresAScheduleThatIsDue() throws InterruptedException {
        MutableClock clock = new MutableClock();
        Integrations integrations = new Integrations();
        CountDownLatch fired = new CountDownLatch(1);
        integrations.useFunctions((arn, event) -> fired.countDown());
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        EventsEngine events = new EventsEngine(clock, "us-east-1", "000000000000", sqs,
                new SnsEngine(clock, sqs, integrations, () -> "http://127.0.0.1"), integrations);
        events.putRule(null, new RuleDefinition("tick", null, "rate(1 minute)", null, null, null));
        events.putTargets(null, "tick", List.of(new Target("f", "arn:aws:lambda:us-east-1:000000000000:function:f",
                null, null, null, null, null)));
        clock.advance(Duration.ofMinutes(1));

        try (ScheduleTicker ticker = ScheduleTicker.start(events)) {
            assertTrue(fired.await(10, TimeUnit.SECONDS), "the ticker fired nothing within 10 seconds");
        }
    }

    @Test
    void aCloudOnAnAdvanceableClockFiresAScheduleOnItsOwnOnceTheClockIsAdvanced() throws InterruptedException {
        AdvanceableClock clock = new AdvanceableClock();
        CountDownLatch fired = new CountDownLatch(1);
        try (LocalCloud cloud = LocalCloud.start(0, clock)) {
            cloud.integrations().useFunctions((arn, event) -> fired.countDown());
            cloud.events().putRule(null, new RuleDefinition("hourly", null, "rate(1 hour)", null, null, null));
            cloud.events().putTargets(null, "hourly", List.of(new Target("f",
                    "arn:aws:lambda:us-east-1:000000000000:function:f", null, null, null, null, null)));

            clock.advance(Duration.ofHours(1));

            assertTrue(fired.await(10, TimeUnit.SECONDS), "nothing fired within 10 seconds of advancing an hour");
            assertEquals(Duration.ofHours(1), clock.offset());
        }
    }

    @Test
    void aScheduleDoesNotFireWhileTheClockIsPausedAndAnHourlyRuleFiresOnceWhenAdvancedAnHour()
            throws InterruptedException {
        MutableClock computer = new MutableClock();
        AdvanceableClock clock = new AdvanceableClock(computer);
        AtomicInteger firings = new AtomicInteger();
        CountDownLatch fired = new CountDownLatch(1);
        try (LocalCloud cloud = LocalCloud.start(0, clock)) {
            cloud.integrations().useFunctions((arn, event) -> {
                firings.incrementAndGet();
                fired.countDown();
            });
            cloud.events().putRule(null, new RuleDefinition("hourly", null, "rate(1 hour)", null, null, null));
            cloud.events().putTargets(null, "hourly", List.of(new Target("f",
                    "arn:aws:lambda:us-east-1:000000000000:function:f", null, null, null, null, null)));
            clock.pause();
            computer.advance(Duration.ofHours(3));
            assertEquals(0, cloud.events().fireDueSchedules(), "a schedule fell due while the clock was paused");
            assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(1))), cloud.nextScheduledWork());

            clock.advance(Duration.ofHours(1));

            assertTrue(fired.await(10, TimeUnit.SECONDS), "nothing fired within 10 seconds of advancing an hour");
            assertEquals(0, cloud.events().fireDueSchedules(), "more than one firing was due");
            assertEquals(1, firings.get());
        }
    }

    @Test
    void anAdvanceableClockNeverGoesBack() {
        AdvanceableClock clock = new AdvanceableClock();

        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofMinutes(-5)));
        assertEquals(Duration.ZERO, clock.offset());
    }
}
