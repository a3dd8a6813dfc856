package studio.serverless.runner.stepfunctions.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;
import studio.serverless.runner.stepfunctions.engine.HistoryEventType;
import studio.serverless.runner.storage.StorageException;

/** Reads the rows of {@code sfn_executions} and {@code sfn_history} back into the engine's types. */
final class StoredRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredRows() {
    }

    /** A history row: execution_arn, id, previous_id, event_time, type, details. */
    static HistoryEvent event(ResultSet row) throws SQLException {
        return new HistoryEvent(row.getLong(2), row.getLong(3), Instant.parse(row.getString(4)),
                HistoryEventType.valueOf(row.getString(5)), (ObjectNode) json(row.getString(6)));
    }

    /** An execution row: arn, name, state_machine_arn, input, start_date, status, output, error, cause, stop_date. */
    static Execution execution(ResultSet row, List<HistoryEvent> history) throws SQLException {
        String stopDate = row.getString(10);
        Execution.StoredEnd end = new Execution.StoredEnd(ExecutionStatus.valueOf(row.getString(6)),
                row.getString(7) == null ? null : json(row.getString(7)), row.getString(8), row.getString(9),
                stopDate == null ? null : Instant.parse(stopDate));
        return Execution.restored(row.getString(1), row.getString(2), row.getString(3), json(row.getString(4)),
                Instant.parse(row.getString(5)), end, history);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored execution value is damaged", e);
        }
    }
}
