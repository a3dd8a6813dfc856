package studio.serverless.runner.stepfunctions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import studio.serverless.runner.delivery.StateMachineStarter;
import studio.serverless.runner.stepfunctions.engine.ExecutionJournal;
import studio.serverless.runner.stepfunctions.engine.ExecutorScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;

/**
 * Step Functions in the local cloud: the service, its engine and the scheduler the executions step on (two
 * threads; waiting executions are timers). Closing it stops every execution's further steps.
 */
public final class StepFunctionsLocal implements AutoCloseable {

    private static final int THREADS = 2;

    private final ExecutorScheduler scheduler;
    private final StepFunctionsService service;

    /** Step Functions in memory, reading time from {@code clock}, with Task states handed to {@code tasks}. */
    public StepFunctionsLocal(Clock clock, TaskInvoker tasks, String region, String account) {
        this(clock, tasks, region, account, MachineJournal.NONE, ExecutionJournal.NONE);
    }

    /** Step Functions that write state machines to {@code machines} and executions to {@code executions}. */
    public StepFunctionsLocal(Clock clock, TaskInvoker tasks, String region, String account,
                              MachineJournal machines, ExecutionJournal executions) {
        this.scheduler = new ExecutorScheduler(THREADS, clock);
        this.service = new StepFunctionsService(new StatesEngine(scheduler, tasks, executions), region, account,
                machines);
    }

    /** The service the API answers from. */
    public StepFunctionsService service() {
        return service;
    }

    /** Starts executions for EventBridge targets (and other deliveries); a refused start is logged. */
    public StateMachineStarter starter() {
        return (stateMachineArn, inputJson) -> {
            try {
                service.start(stateMachineArn, null, inputJson);
            } catch (StepFunctionsException refused) {
                java.util.logging.Logger.getLogger(StepFunctionsLocal.class.getName()).warning(
                        "could not start " + stateMachineArn + ": " + refused.getMessage());
            }
        };
    }

    /** When the earliest waiting execution step (a Wait state's end, a retry's back-off) is due, if any. */
    public Optional<Instant> nextTimer() {
        return scheduler.nextTimer();
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
