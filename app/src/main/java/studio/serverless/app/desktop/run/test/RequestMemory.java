package studio.serverless.app.desktop.run.test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last request sent to each entry point, kept for the app's session (across Stop and Run of the same
 * diagram, in memory only): the form of an entry point starts from what was last sent to it.
 */
public final class RequestMemory {

    private final Map<String, Map<String, String>> lastSent = new ConcurrentHashMap<>();

    /** Remembers {@code values} as the last request sent to the entry point {@code key}. */
    public void remember(String key, Map<String, String> values) {
        lastSent.put(key, Map.copyOf(values));
    }

    /** The last request sent to the entry point {@code key}, if any. */
    public Optional<Map<String, String>> recall(String key) {
        return Optional.ofNullable(lastSent.get(key));
    }
}
