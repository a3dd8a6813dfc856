package studio.serverless.runner.events.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One PutEvents entry as a client sends it.
 *
 * @param source       the event's source, e.g. {@code com.example.orders}
 * @param detailType   the event's detail-type
 * @param detail       the detail, a JSON object
 * @param resources    ARNs the event concerns
 * @param time         the event's time, or null for now
 * @param eventBusName the bus's name or ARN, or null for the default bus
 */
public record EventEntry(String source, String detailType, String detail, List<String> resources, Instant time,
        String eventBusName) {

    /** Copies the resources. */
    public EventEntry {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** The entry's size as AWS counts it against the 256 KB limit. */
    public int size() {
        int size = time == null ? 0 : 14;
        size += utf8(source) + utf8(detailType) + utf8(detail);
        for (String resource : resources) {
            size += utf8(resource);
        }
        return size;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
