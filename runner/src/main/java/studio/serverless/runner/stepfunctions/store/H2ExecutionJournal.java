package studio.serverless.runner.stepfunctions.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionJournal;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;

/**
 * Writes every execution and each history event through to H2 as the engine records it, and puts them back at
 * start. Executions that were still running are ended ABORTED first ({@link InterruptedExecutions}).
 */
public final class H2ExecutionJournal implements ExecutionJournal {

    private final JournalTables tables;

    private H2ExecutionJournal(JournalTables tables) {
        this.tables = tables;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2ExecutionJournal in(H2Storage storage) {
        return new H2ExecutionJournal(new JournalTables(storage,
                "CREATE TABLE IF NOT EXISTS sfn_executions (ordinal BIGINT AUTO_INCREMENT,"
                        + " arn VARCHAR(2048) PRIMARY KEY, name VARCHAR(80) NOT NULL,"
                        + " state_machine_arn VARCHAR(2048) NOT NULL, input CLOB NOT NULL,"
                        + " start_date VARCHAR(40) NOT NULL, status VARCHAR(16) NOT NULL, output CLOB,"
                        + " error CLOB, cause CLOB, stop_date VARCHAR(40))",
                "CREATE TABLE IF NOT EXISTS sfn_history (execution_arn VARCHAR(2048) NOT NULL, id BIGINT NOT NULL,"
                        + " previous_id BIGINT NOT NULL, event_time VARCHAR(40) NOT NULL, type VARCHAR(64) NOT NULL,"
                        + " details CLOB NOT NULL, PRIMARY KEY (execution_arn, id))"));
    }

    /**
     * Ends every stored execution that was running when the local cloud stopped (ABORTED at {@code now}), then
     * reads all of them back with their histories.
     */
    public List<Execution> restore(Instant now) {
        new InterruptedExecutions(tables).abortAll(now);
        Map<String, List<HistoryEvent>> histories = new HashMap<>();
        tables.select("cannot read the stored execution histories", "SELECT execution_arn, id, previous_id,"
                + " event_time, type, details FROM sfn_history ORDER BY execution_arn, id", row -> {
                    histories.computeIfAbsent(row.getString(1), arn -> new java.util.ArrayList<>())
                            .add(StoredRows.event(row));
                    return null;
                });
        return tables.select("cannot read the stored executions", "SELECT arn, name, state_machine_arn, input,"
                + " start_date, status, output, error, cause, stop_date FROM sfn_executions ORDER BY ordinal",
                row -> StoredRows.execution(row, histories.getOrDefault(row.getString(1), List.of())));
    }

    @Override
    public void started(Execution execution) {
        tables.transaction("cannot store execution " + execution.executionArn(), statements -> statements.update(
                "INSERT INTO sfn_executions (arn, name, state_machine_arn, input, start_date, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", execution.executionArn(), execution.name(),
                execution.stateMachineArn(), execution.input().toString(), execution.startDate().toString(),
                execution.status().name()));
    }

    @Override
    public void recorded(Execution execution, HistoryEvent event) {
        tables.transaction("cannot store a history event of " + execution.executionArn(), statements ->
                statements.update("INSERT INTO sfn_history (execution_arn, id, previous_id, event_time, type,"
                        + " details) VALUES (?, ?, ?, ?, ?, ?)", execution.executionArn(), event.id(),
                        event.previousEventId(), event.timestamp().toString(), event.type().name(),
                        event.details().toString()));
    }

    @Override
    public void ended(Execution execution) {
        JsonNode output = execution.output();
        tables.transaction("cannot store the end of " + execution.executionArn(), statements -> statements.update(
                "UPDATE sfn_executions SET status = ?, output = ?, error = ?, cause = ?, stop_date = ? WHERE arn = ?",
                execution.status().name(), output == null ? null : output.toString(), execution.error(),
                execution.cause(), execution.stopDate().toString(), execution.executionArn()));
    }
}
