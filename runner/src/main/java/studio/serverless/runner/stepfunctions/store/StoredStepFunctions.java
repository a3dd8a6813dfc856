package studio.serverless.runner.stepfunctions.store;

import java.time.Clock;
import java.util.function.UnaryOperator;
import studio.serverless.runner.stepfunctions.engine.ExecutionJournal;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.service.StepFunctionsLocal;
import studio.serverless.runner.storage.H2Storage;

/** Step Functions on a data folder: restored from H2 at start and written through to it from then on. */
public final class StoredStepFunctions {

    private StoredStepFunctions() {
    }

    /**
     * Step Functions kept in {@code storage}: stored state machines and executions are put back (executions that
     * were running end ABORTED now), then every change is written through.
     */
    public static StepFunctionsLocal open(H2Storage storage, Clock clock, TaskInvoker tasks, String region,
                                          String account) {
        return open(storage, clock, tasks, region, account, UnaryOperator.identity());
    }

    /** Opens them as {@link #open(H2Storage, Clock, TaskInvoker, String, String)}, executions journaled through
     * {@code observed} (the activity feed's watcher around the H2 journal). */
    public static StepFunctionsLocal open(H2Storage storage, Clock clock, TaskInvoker tasks, String region,
                                          String account, UnaryOperator<ExecutionJournal> observed) {
        H2MachineJournal machines = H2MachineJournal.in(storage);
        H2ExecutionJournal executions = H2ExecutionJournal.in(storage);
        StepFunctionsLocal stepFunctions = new StepFunctionsLocal(clock, tasks, region, account, machines,
                observed.apply(executions));
        try {
            machines.restoreInto(stepFunctions.service());
            executions.restore(clock.instant()).forEach(stepFunctions.service()::restoreExecution);
            return stepFunctions;
        } catch (RuntimeException e) {
            stepFunctions.close();
            throw e;
        }
    }
}
