package studio.serverless.model.catalog;

import java.util.Map;

/**
 * One answer to "what does this new connection mean?" when a person draws from one service to another: a legal
 * connection spec and the values preset for the properties it asks on connect (read, write, read and write).
 *
 * @param spec    the connection spec
 * @param presets property values the new connection starts with
 * @param label   what the person is offered, e.g. "Read and write"
 */
public record ConnectionChoice(ConnectionSpec spec, Map<String, Object> presets, String label) {

    /** Copies the presets. */
    public ConnectionChoice {
        presets = Map.copyOf(presets);
    }
}
