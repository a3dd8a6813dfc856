package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;

/** A Wait state of a paused local cloud ends when the clock is advanced past it, not when real time passes. */
class PausedWaitTest {

    private static final String TEN_MINUTES = "{\"StartAt\":\"Wait\",\"States\":{"
            + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":600,\"Next\":\"Done\"},"
            + "\"Done\":{\"Type\":\"Succeed\"}}}";

    private final MutableClock computer = new MutableClock();
    private final AdvanceableClock clock = new AdvanceableClock(computer);
    private final LocalCloud cloud = LocalCloud.start(0, clock, Optional.empty());

    @AfterEach
    void stop() {
        cloud.stop();
    }

    @Test
    void aTenMinuteWaitEndsAfterAdvancingTenMinutesWhilePaused() throws Exception {
        clock.pause();
        String machine = cloud.stepFunctions().create("TenMinutes", TEN_MINUTES, "arn:aws:iam::000000000000:role/r",
                null).arn();
        Execution execution = cloud.stepFunctions().start(machine, "first", "{}");
        awaitWaitStateEntered();
        computer.advance(Duration.ofMinutes(20));

        assertFalse(execution.completion().isDone(), "ended while the clock was paused");
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(10))), cloud.nextScheduledWork());

        clock.advance(Duration.ofMinutes(10));

        assertEquals(ExecutionStatus.SUCCEEDED, execution.completion().get(10, TimeUnit.SECONDS).status());
        assertEquals(Optional.empty(), cloud.nextScheduledWork());
    }

    /** The execution steps on the cloud's own threads: its Wait timer is set once it enters the state. */
    private void awaitWaitStateEntered() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cloud.nextScheduledWork().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the execution entered no Wait state within 10 seconds");
            Thread.onSpinWait();
        }
    }
}
