package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;

/** Reads a Map state: its ItemProcessor (or the older Iterator), items, concurrency and failure tolerance. */
final class MapParser {

    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig",
            "QueryLanguage");

    private MapParser() {
    }

    static MapState map(String name, Fields fields, DataFlow flow, Transition transition,
                        QueryLanguage machineLanguage) {
        if (fields.has("ItemSelector") && fields.has("Parameters")) {
            fields.report("Parameters", "a Map state has ItemSelector or (the older) Parameters, not both");
        }
        if (fields.has("ItemProcessor") && fields.has("Iterator")) {
            fields.report("Iterator", "a Map state has ItemProcessor or (the older) Iterator, not both");
        }
        StateMachine processor = processor(fields, machineLanguage);
        ComputedMapLimits computed = flow.jsonata() ? new ComputedMapLimits(computed(fields, "MaxConcurrency"),
                computed(fields, "ToleratedFailurePercentage"), computed(fields, "ToleratedFailureCount"))
                : ComputedMapLimits.NONE;
        Integer concurrency = computed.maxConcurrency() != null ? null : fields.integer("MaxConcurrency", 0);
        FailureTolerance tolerance = tolerance(fields, computed);
        JsonNode items = flow.jsonata() ? JsonataChecks.template(fields, "Items") : null;
        if (items != null && !items.isArray() && !JsonataExpression.is(items)) {
            fields.report("Items", "must be a JSON array or a {% %} expression, not " + items);
        }
        return new MapState(name, flow, transition, ErrorHandlingParser.parse(fields, flow.language()), processor,
                fields.dataPath("ItemsPath", !readsVariable(fields, "ItemsPath")),
                concurrency == null ? 0 : concurrency,
                fields.path("MaxConcurrencyPath", true), tolerance, items, computed);
    }

    private static StateMachine processor(Fields fields, QueryLanguage machineLanguage) {
        String field = fields.has("Iterator") ? "Iterator" : "ItemProcessor";
        ObjectNode processorNode = fields.object(field, true);
        return processorNode == null ? null : MachineParser.machine(new Fields(processorNode,
                fields.location() + "." + field, fields.owner() + ", " + field, fields.problems()),
                PROCESSOR_FIELDS, "an ItemProcessor", machineLanguage);
    }

    private static FailureTolerance tolerance(Fields fields, ComputedMapLimits computed) {
        Double percentage = computed.toleratedFailurePercentage() != null ? null
                : fields.number("ToleratedFailurePercentage", 0);
        if (percentage != null && percentage > 100) {
            fields.report("ToleratedFailurePercentage", "must be at most 100, not " + percentage);
        }
        return new FailureTolerance(percentage,
                computed.toleratedFailureCount() != null ? null : fields.integer("ToleratedFailureCount", 0));
    }

    /** Whether {@code field} is a path into a workflow variable ({@code $name...}), which need not be a reference. */
    private static boolean readsVariable(Fields fields, String field) {
        String text = fields.node().path(field).asText("");
        return text.length() > 1 && text.charAt(0) == '$'
                && (Character.isLetter(text.charAt(1)) || text.charAt(1) == '_');
    }

    /** The {% %} expression of {@code field} (checked), or null when it is a number or absent. */
    private static String computed(Fields fields, String field) {
        JsonNode value = fields.node().get(field);
        if (!JsonataExpression.is(value)) {
            return null;
        }
        JsonataChecks.expression(fields, field, value);
        return value.asText();
    }
}
