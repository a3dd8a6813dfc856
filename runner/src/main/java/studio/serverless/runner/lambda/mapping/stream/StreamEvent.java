package studio.serverless.runner.lambda.mapping.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The event a function gets for a batch of stream records: {@code {"Records": [...]}}, oldest first. */
final class StreamEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamEvent() {
    }

    static byte[] of(List<ShardRecord> records) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(shardRecord -> array.add(shardRecord.eventRecord()));
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
