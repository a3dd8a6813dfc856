package studio.serverless.runner.lambda.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a function's partial batch answer, {@code {"batchItemFailures": [{"itemIdentifier": "id"}, ...]}}. Any
 * other answer (null, no such field) means the whole batch succeeded, as on AWS.
 */
final class BatchItemFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchItemFailures() {
    }

    static Set<String> of(byte[] payload) {
        Set<String> failed = new HashSet<>();
        try {
            JsonNode failures = JSON.readTree(payload).path("batchItemFailures");
            for (JsonNode failure : failures) {
                failed.add(failure.path("itemIdentifier").asText());
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        return failed;
    }
}
