package studio.serverless.runner.stepfunctions.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import studio.serverless.runner.stepfunctions.engine.HistoryEventType;
import studio.serverless.runner.storage.JournalTables;

/**
 * Executions that were running when the local cloud stopped. The engine's state (where each branch is, its timers
 * and task tokens) lives only in memory, so they cannot go on; rather than show them RUNNING forever, they end
 * ABORTED with an {@code ExecutionAborted} event whose error and cause say so.
 */
final class InterruptedExecutions {

    /** The error of an execution ended by a restart. */
    static final String ERROR = "LocalCloud.Restarted";
    static final String CAUSE = "The local cloud stopped while this execution was running; executions do not"
            + " resume after a restart";

    private record Interrupted(String arn, long lastEventId) {
    }

    private final JournalTables tables;

    InterruptedExecutions(JournalTables tables) {
        this.tables = tables;
    }

    void abortAll(Instant now) {
        List<Interrupted> interrupted = tables.select("cannot read the running executions", "SELECT arn,"
                + " (SELECT COALESCE(MAX(id), 0) FROM sfn_history h WHERE h.execution_arn = e.arn)"
                + " FROM sfn_executions e WHERE status = 'RUNNING'",
                row -> new Interrupted(row.getString(1), row.getLong(2)));
        if (interrupted.isEmpty()) {
            return;
        }
        String details = JsonNodeFactory.instance.objectNode().put("error", ERROR).put("cause", CAUSE).toString();
        tables.transaction("cannot end the executions a restart interrupted", statements -> {
            for (Interrupted execution : interrupted) {
                statements.update("INSERT INTO sfn_history (execution_arn, id, previous_id, event_time, type,"
                        + " details) VALUES (?, ?, ?, ?, ?, ?)", execution.arn(), execution.lastEventId() + 1,
                        execution.lastEventId(), now.toString(), HistoryEventType.ExecutionAborted.name(), details);
                statements.update("UPDATE sfn_executions SET status = 'ABORTED', error = ?, cause = ?, stop_date = ?"
                        + " WHERE arn = ?", ERROR, CAUSE, now.toString(), execution.arn());
            }
        });
    }
}
