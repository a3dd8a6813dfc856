package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One execution of a state machine: its identity, its status and result once it ends, and its history. Safe to
 * read from any thread; only the engine changes it.
 */
public final class Execution {

    private final String executionArn;
    private final String name;
    private final String stateMachineArn;
    private final JsonNode input;
    private final Instant startDate;
    private final List<HistoryEvent> history = new ArrayList<>();
    private final CompletableFuture<Execution> completion = new CompletableFuture<>();
    private final ExecutionJournal journal;
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private JsonNode output;
    private String error;
    private String cause;
    private Instant stopDate;

    Execution(String executionArn, String name, String stateMachineArn, JsonNode input, Instant startDate,
              ExecutionJournal journal) {
        this.executionArn = executionArn;
        this.name = name;
        this.stateMachineArn = stateMachineArn;
        this.input = input;
        this.startDate = startDate;
        this.journal = journal;
    }

    /**
     * An execution that ended before a restart, with its stored history: it does not run, and its
     * {@link #completion()} is already complete.
     */
    public static Execution restored(String executionArn, String name, String stateMachineArn, JsonNode input,
                                     Instant startDate, StoredEnd end, List<HistoryEvent> history) {
        Execution execution = new Execution(executionArn, name, stateMachineArn, input, startDate,
                ExecutionJournal.NONE);
        execution.history.addAll(history);
        execution.status = end.status();
        execution.output = end.output();
        execution.error = end.error();
        execution.cause = end.cause();
        execution.stopDate = end.stopDate();
        execution.completion.complete(execution);
        return execution;
    }

    /** How a stored execution ended. */
    public record StoredEnd(ExecutionStatus status, JsonNode output, String error, String cause, Instant stopDate) {
    }

    /** The execution's ARN. */
    public String executionArn() {
        return executionArn;
    }

    /** The execution's name, unique per state machine. */
    public String name() {
        return name;
    }

    /** The ARN of the state machine it runs. */
    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** The input it was started with. */
    public JsonNode input() {
        return input;
    }

    /** When it started. */
    public Instant startDate() {
        return startDate;
    }

    /** Its status now. */
    public synchronized ExecutionStatus status() {
        return status;
    }

    /** Its output once it succeeded, else null. */
    public synchronized JsonNode output() {
        return output;
    }

    /** The error it failed with, else null. */
    public synchronized String error() {
        return error;
    }

    /** The cause it failed with, else null. */
    public synchronized String cause() {
        return cause;
    }

    /** When it ended, else null. */
    public synchronized Instant stopDate() {
        return stopDate;
    }

    /** A copy of its history so far. */
    public synchronized List<HistoryEvent> history() {
        return List.copyOf(history);
    }

    /** Completes when the execution ends, with the execution itself. */
    public CompletableFuture<Execution> completion() {
        return completion;
    }

    synchronized HistoryEvent record(HistoryEventType type, ObjectNode details, Instant time) {
        long id = history.size() + 1L;
        HistoryEvent event = new HistoryEvent(id, id - 1, time, type, details);
        history.add(event);
        journal.recorded(this, event);
        return event;
    }

    void end(ExecutionStatus finalStatus, JsonNode finalOutput, String finalError, String finalCause, Instant time) {
        synchronized (this) {
            status = finalStatus;
            output = finalOutput;
            error = finalError;
            cause = finalCause;
            stopDate = time;
            journal.ended(this);
        }
        completion.complete(this);
    }
}
