package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/** A parent waiting on {@code startExecution.sync} is a callback on its child's end, not a thread. */
class WaitingParentsTest {

    private static final int PARENTS = 10_000;
    private static final String SLEEPER = """
            {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":86400,"Next":"Wake"},
              "Wake":{"Type":"Pass","Result":{"slept":true},"End":true}}}""";

    @Test
    void tenThousandParentsWaitForADayLongChildWithoutAThreadEach() {
        ManualScheduler scheduler = new ManualScheduler(Instant.parse("2026-01-01T00:00:00Z"));
        AtomicReference<StepFunctionsService> service = new AtomicReference<>();
        TaskDispatcher tasks = new TaskDispatcher(request -> null,
                List.of(new StepFunctionsIntegration(service::get, Clock.systemUTC())));
        service.set(new StepFunctionsService(new StatesEngine(scheduler, tasks), "us-east-1", "000000000000"));
        String child = service.get().create("Sleeper", SLEEPER, null, null).arn();
        String parent = service.get().create("Parent", "{\"StartAt\":\"Run\",\"States\":{\"Run\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::states:startExecution.sync:2\","
                + "\"Parameters\":{\"StateMachineArn\":\"" + child + "\"},\"End\":true}}}", null, null).arn();
        int threadsBefore = Thread.activeCount();
        List<Execution> parents = new ArrayList<>();

        for (int i = 0; i < PARENTS; i++) {
            parents.add(service.get().start(parent, "p" + i, "{}"));
        }
        scheduler.runUntilIdle();

        assertTrue(parents.stream().allMatch(execution -> execution.status() == ExecutionStatus.RUNNING));
        assertTrue(Thread.activeCount() <= threadsBefore, "threads grew to " + Thread.activeCount());
        scheduler.advance(Duration.ofDays(1));
        assertEquals(PARENTS, parents.stream().filter(execution -> execution.status() == ExecutionStatus.SUCCEEDED)
                .filter(execution -> execution.output().at("/Output/slept").asBoolean()).count());
    }
}
