package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * An EventBridge rule on an event pattern has a pattern EventBridge accepts: a JSON object whose every match
 * value is an array. Text that is not JSON at all is reported by {@link JsonPropertyRule}, with its position.
 */
public final class EventBridgePatternRule implements ValidationRule {

    private static final String EXAMPLE = "{\"source\": [\"orders\"], \"detail\": {\"status\": [\"PAID\"]}}";

    @Override
    public String id() {
        return "eventbridge-pattern";
    }

    @Override
    public String description() {
        return "An EventBridge rule on events has an event pattern: a JSON object whose match values are arrays.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service rule : context.services(ServiceKind.EVENTBRIDGE_RULE)) {
            if ("EVENT_PATTERN".equals(rule.properties().text("trigger"))) {
                problem(rule.properties().text("eventPattern")).ifPresent(problem -> diagnostics.add(
                        new Diagnostic(id(), Severity.ERROR, List.of(rule.id()),
                                RuleText.named(rule) + " fires on events, but " + problem,
                                "Write the pattern as a JSON object with each value to match in an array, e.g. "
                                        + EXAMPLE + ".")));
            }
        }
        return diagnostics;
    }

    private static Optional<String> problem(String pattern) {
        if (pattern.isBlank()) {
            return Optional.of("it has no event pattern; EventBridge refuses a rule with neither a pattern nor a"
                    + " schedule.");
        }
        JsonNode root;
        try {
            root = JsonText.parse(pattern);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (!root.isObject()) {
            return Optional.of("its event pattern is not a JSON object; EventBridge matches events against the"
                    + " fields of an object.");
        }
        return firstBareValue(root, "").map(path -> "the value of '" + path + "' in its event pattern is not an"
                + " array. EventBridge requires every value to match to be in an array, e.g. [\"orders\"] rather"
                + " than \"orders\", and refuses the pattern otherwise.");
    }

    /** The path of the first field whose value is neither an object (a nested pattern) nor an array. */
    private static Optional<String> firstBareValue(JsonNode object, String path) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                Optional<String> nested = firstBareValue(value, fieldPath);
                if (nested.isPresent()) {
                    return nested;
                }
            } else if (!value.isArray()) {
                return Optional.of(fieldPath);
            }
        }
        return Optional.empty();
    }
}
