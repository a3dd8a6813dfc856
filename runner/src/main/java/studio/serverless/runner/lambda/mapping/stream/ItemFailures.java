package studio.serverless.runner.lambda.mapping.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads a stream function's partial batch answer, {@code {"batchItemFailures": [{"itemIdentifier": "SEQ"}]}}, as
 * Lambda does: no answer, null or an empty list is a success; an identifier that is missing, empty or not in the
 * batch fails the whole batch; otherwise the batch resumes at the lowest reported sequence number.
 */
final class ItemFailures {

    /** No record failed. */
    static final int NONE = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemFailures() {
    }

    /** @return the index of the first failed record in {@code records}, or {@link #NONE} */
    static int firstFailed(byte[] payload, List<ShardRecord> records) {
        JsonNode failures;
        try {
            failures = payload.length == 0 ? null : JSON.readTree(payload).path("batchItemFailures");
        } catch (IOException e) {
            return NONE;
        }
        if (failures == null || !failures.isArray() || failures.isEmpty()) {
            return NONE;
        }
        int first = records.size();
        for (JsonNode failure : failures) {
            int index = indexOf(failure.path("itemIdentifier").asText(""), records);
            if (index < 0) {
                return 0;
            }
            first = Math.min(first, index);
        }
        return first;
    }

    private static int indexOf(String sequenceNumber, List<ShardRecord> records) {
        for (int index = 0; index < records.size(); index++) {
            if (!sequenceNumber.isEmpty() && records.get(index).sequenceNumber().equals(sequenceNumber)) {
                return index;
            }
        }
        return -1;
    }
}
