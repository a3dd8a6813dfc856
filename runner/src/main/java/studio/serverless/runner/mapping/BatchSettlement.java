package studio.serverless.runner.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/**
 * Which messages of a batch succeeded, as Lambda decides: none when the invocation failed; all when it
 * answered, unless the mapping reports batch item failures and the answer's {@code batchItemFailures} names
 * some (then all but those). An answer naming an id that is not in the batch, or a malformed one, fails the
 * whole batch, as Lambda does.
 */
final class BatchSettlement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchSettlement() {
    }

    static List<ReceivedMessage> succeeded(List<ReceivedMessage> batch, CallOutcome outcome, boolean reportFailures) {
        if (outcome.kind() != CallOutcome.Kind.ANSWERED) {
            return List.of();
        }
        if (!reportFailures) {
            return batch;
        }
        Set<String> failed = failedIds(outcome.payload());
        Set<String> inBatch = new HashSet<>();
        batch.forEach(message -> inBatch.add(message.messageId()));
        if (failed == null || !inBatch.containsAll(failed)) {
            return List.of();
        }
        return batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
    }

    /** The ids the answer reports as failed (empty for none), or null when the answer is malformed. */
    private static Set<String> failedIds(byte[] answer) {
        JsonNode failures;
        try {
            JsonNode root = answer.length == 0 ? null : JSON.readTree(answer);
            failures = root == null || root.isNull() ? null : root.get("batchItemFailures");
        } catch (IOException e) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        if (failures == null || failures.isNull()) {
            return ids;
        }
        if (!failures.isArray()) {
            return null;
        }
        for (JsonNode failure : failures) {
            JsonNode id = failure.get("itemIdentifier");
            if (id == null || !id.isTextual() || id.asText().isEmpty()) {
                return null;
            }
            ids.add(id.asText());
        }
        return ids;
    }
}
