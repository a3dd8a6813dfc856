package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;

/**
 * Wait states of a local cloud follow the cloud's clock: an hour's Wait ends when {@code studio run}'s console
 * moves the clock an hour ahead, not an hour later.
 */
class WaitOnTheCloudClockTest {

    /** Waits until the input's time: a fixed end, however soon the execution reaches the state. */
    private static final String WAIT_UNTIL = "{\"StartAt\":\"Wait\",\"States\":{"
            + "\"Wait\":{\"Type\":\"Wait\",\"TimestampPath\":\"$.until\",\"Next\":\"Done\"},"
            + "\"Done\":{\"Type\":\"Succeed\"}}}";

    private final AdvanceableClock clock = new AdvanceableClock();
    private final LocalCloud cloud = LocalCloud.start(0, clock, Optional.empty());

    @AfterEach
    void stop() {
        cloud.stop();
    }

    @Test
    void anHourLongWaitEndsWhenTheClockIsAdvancedAnHour() throws Exception {
        String machine = cloud.stepFunctions().create("Hourly", WAIT_UNTIL, "arn:aws:iam::000000000000:role/r",
                null).arn();
        String input = "{\"until\":\"" + clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)
                + "\"}";
        Execution execution = cloud.stepFunctions().start(machine, "first", input);
        assertEquals(ExecutionStatus.RUNNING, execution.status());

        clock.advance(Duration.ofHours(1));

        Execution ended = execution.completion().get(10, TimeUnit.SECONDS);
        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals(input, ended.output().toString());
    }
}
