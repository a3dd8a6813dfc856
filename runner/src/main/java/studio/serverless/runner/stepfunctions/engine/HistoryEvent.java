package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One event of an execution's history: numbered from 1, pointing back to the event it follows, with the details
 * AWS puts under {@code <type>EventDetails} (name, input, output, error, cause, ...).
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, HistoryEventType type,
                           ObjectNode details) {
}
