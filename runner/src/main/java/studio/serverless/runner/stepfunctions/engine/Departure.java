package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a state leaves with: its output and the workflow variables it assigns (empty: none). */
record Departure(JsonNode output, Map<String, JsonNode> assigned) {
}
