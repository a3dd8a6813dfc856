package studio.serverless.runner.stepfunctions.service;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionJournal;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;

/**
 * Watches executions start and end on their way to the real journal ({@link #around}): counts the running ones per
 * state machine (always) and publishes their start and end (when anyone listens). Restored executions are not
 * counted: they end ABORTED at start. Thread-safe.
 */
public final class ExecutionActivity {

    private final ActivityFeed feed;
    private final Map<String, AtomicLong> running = new ConcurrentHashMap<>();

    /** Publishes to {@code feed}. */
    public ExecutionActivity(ActivityFeed feed) {
        this.feed = Objects.requireNonNull(feed);
    }

    /** How many executions of the state machine {@code name} run now. */
    public long running(String name) {
        AtomicLong count = running.get(name);
        return count == null ? 0 : count.get();
    }

    /** A journal that tells this watcher, then writes through to {@code journal}. */
    public ExecutionJournal around(ExecutionJournal journal) {
        Objects.requireNonNull(journal);
        return new ExecutionJournal() {
            @Override
            public void started(Execution execution) {
                journal.started(execution);
                ExecutionActivity.this.started(execution);
            }

            @Override
            public void recorded(Execution execution, HistoryEvent event) {
                journal.recorded(execution, event);
            }

            @Override
            public void ended(Execution execution) {
                journal.ended(execution);
                ExecutionActivity.this.ended(execution);
            }
        };
    }

    private void started(Execution execution) {
        ResourceRef.fromArn(execution.stateMachineArn()).ifPresent(machine -> {
            running.computeIfAbsent(machine.name(), name -> new AtomicLong()).incrementAndGet();
            feed.publish(ActivityKind.EXECUTION_START, machine, null, "started " + execution.name(), null);
        });
    }

    private void ended(Execution execution) {
        ResourceRef.fromArn(execution.stateMachineArn()).ifPresent(machine -> {
            AtomicLong count = running.get(machine.name());
            if (count != null) {
                count.updateAndGet(value -> Math.max(0, value - 1));
            }
            boolean succeeded = execution.status() == ExecutionStatus.SUCCEEDED;
            feed.publish(ActivityKind.EXECUTION_END, machine, null, execution.status() + " " + execution.name(),
                    succeeded ? null : failure(execution));
        });
    }

    private static String failure(Execution execution) {
        String error = execution.error() == null ? String.valueOf(execution.status()) : execution.error();
        return execution.cause() == null || execution.cause().isEmpty() ? error : error + ": " + execution.cause();
    }
}
