package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSONPath subset EventBridge's InputPath and InputTransformer use: {@code $}, then {@code .name} and
 * {@code [index]} steps, e.g. {@code $.detail.items[0].id}.
 */
final class JsonPaths {

    private static final Pattern WHOLE = Pattern.compile("\\$((\\.[^.\\[\\]]+)|(\\[\\d+\\]))*");
    private static final Pattern STEP = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)\\]");

    private JsonPaths() {
    }

    /** Whether {@code path} is in the supported form. */
    static boolean isValid(String path) {
        return path != null && WHOLE.matcher(path).matches();
    }

    /** The node at {@code path} in {@code document}, or null when the path leads nowhere. */
    static JsonNode read(JsonNode document, String path) {
        JsonNode node = document;
        Matcher step = STEP.matcher(path.substring(1));
        while (node != null && step.find()) {
            node = step.group(1) != null ? node.get(step.group(1)) : node.get(Integer.parseInt(step.group(2)));
        }
        return node;
    }
}
