package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.ExecutorScheduler;
import studio.serverless.runner.stepfunctions.engine.HistoryEventType;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.Scheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/** Waiting executions are timers, not threads (the benchmark: 10,000 parked in Wait states). */
class ParkedExecutionsTest {

    private static final int EXECUTIONS = 10_000;
    private static final StateMachine WAIT_AN_HOUR = DefinitionParser.parse("{\"StartAt\":\"Park\",\"States\":{"
            + "\"Park\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}");

    @Test
    void tenThousandExecutionsWaitOnTwoThreads() throws InterruptedException {
        CountDownLatch parked = new CountDownLatch(EXECUTIONS);
        try (ExecutorScheduler pool = new ExecutorScheduler(2, Clock.systemUTC())) {
            Scheduler counting = new Scheduler() {
                @Override
                public Instant now() {
                    return pool.now();
                }

                @Override
                public void execute(Runnable step) {
                    pool.execute(step);
                }

                @Override
                public Cancellable schedule(Instant time, Runnable step) {
                    Cancellable timer = pool.schedule(time, step);
                    parked.countDown();
                    return timer;
                }
            };
            StatesEngine engine = new StatesEngine(counting, request -> null);
            int threadsBefore = Thread.activeCount();

            List<Execution> executions = start(engine);

            assertTrue(parked.await(60, TimeUnit.SECONDS), "only " + (EXECUTIONS - parked.getCount()) + " parked");
            assertTrue(Thread.activeCount() <= threadsBefore + 2, "threads grew to " + Thread.activeCount());
            assertTrue(executions.stream().allMatch(e -> e.status() == ExecutionStatus.RUNNING));
            assertEquals(EXECUTIONS, engine.runningCount());
        }
    }

    @Test
    void aDayOfWaitingPassesWhenTheTestClockIsAdvanced() {
        ManualScheduler scheduler = new ManualScheduler(Instant.parse("2024-01-01T00:00:00Z"));
        StatesEngine engine = new StatesEngine(scheduler, request -> null);
        List<Execution> executions = start(engine);
        scheduler.runUntilIdle();

        scheduler.advance(Duration.ofHours(1));

        assertTrue(executions.stream().allMatch(e -> e.status() == ExecutionStatus.SUCCEEDED));
        assertEquals(HistoryEventType.WaitStateExited, executions.get(0).history().get(2).type());
    }

    private static List<Execution> start(StatesEngine engine) {
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < EXECUTIONS; i++) {
            executions.add(engine.start(WAIT_AN_HOUR, "arn:aws:states:us-east-1:123456789012:stateMachine:Park",
                    "run-" + i, JsonNodeFactory.instance.objectNode()));
        }
        return executions;
    }
}
