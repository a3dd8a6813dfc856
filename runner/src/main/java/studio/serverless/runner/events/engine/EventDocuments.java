package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Events as EventBridge delivers them: version, id, detail-type, source, account, time, region, resources, detail. */
final class EventDocuments {

    static final ObjectMapper JSON = new ObjectMapper();

    private EventDocuments() {
    }

    static ObjectNode event(String id, String detailType, String source, String account, Instant time, String region,
            List<String> resources, JsonNode detail) {
        ObjectNode event = JSON.createObjectNode().put("version", "0").put("id", id).put("detail-type", detailType)
                .put("source", source).put("account", account)
                .put("time", DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS)))
                .put("region", region);
        resources.forEach(event.putArray("resources")::add);
        event.set("detail", detail);
        return event;
    }

    /** The JSON of {@code text}, or null when it is not JSON. */
    static JsonNode parse(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
