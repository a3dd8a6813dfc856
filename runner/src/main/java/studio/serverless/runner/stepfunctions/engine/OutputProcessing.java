package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.stepfunctions.language.Catcher;
import studio.serverless.runner.stepfunctions.language.ChoiceBranch;
import studio.serverless.runner.stepfunctions.language.DataFlow;
import studio.serverless.runner.stepfunctions.processing.InputOutput;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;

/**
 * How a state's output and assignments follow from what it did, in its query language. JSONPath: ResultSelector,
 * then Assign (reading the selected result as {@code $}), ResultPath and OutputPath. JSONata: Output (by default
 * the result) and Assign, both with {@code $states}. Either way every expression reads the variables as they were
 * when the state was entered.
 */
final class OutputProcessing {

    private final StateEntry entry;
    private final StateValues values;

    OutputProcessing(StateEntry entry, StateValues values) {
        this.entry = entry;
        this.values = values;
    }

    /** The state's work produced {@code result}. */
    Departure afterResult(JsonNode result) {
        if (flow().jsonata()) {
            ObjectNode states = values.states(result, null);
            JsonNode output = flow().output() == null ? result : values.fill("Output", flow().output(), states);
            return new Departure(output, values.assigned(flow().assign(), states));
        }
        JsonNode selected = flow().resultSelector() == null ? result : PayloadTemplate.fill(flow().resultSelector(),
                result, entry.context(), values.variables()::lookup);
        Map<String, JsonNode> assigned = values.assignedFrom(flow().assign(), selected);
        JsonNode merged = InputOutput.merge(flow().resultPath(), entry.rawInput(), selected);
        return new Departure(InputOutput.select(flow().outputPath(), "OutputPath", merged,
                values.variables()::lookup), assigned);
    }

    /** A Choice state's rule {@code matched} (null: none, so Default) on its effective {@code input}. */
    Departure afterChoice(ChoiceBranch matched, JsonNode input) {
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        JsonNode ruleAssign = matched == null ? null : matched.assign();
        if (flow().jsonata()) {
            ObjectNode states = values.states(null, null);
            JsonNode template = matched != null && matched.output() != null ? matched.output() : flow().output();
            assigned.putAll(values.assigned(flow().assign(), states));
            assigned.putAll(values.assigned(ruleAssign, states));
            return new Departure(template == null ? entry.rawInput() : values.fill("Output", template, states),
                    assigned);
        }
        assigned.putAll(values.assignedFrom(flow().assign(), input));
        assigned.putAll(values.assignedFrom(ruleAssign, input));
        return new Departure(InputOutput.select(flow().outputPath(), "OutputPath", input,
                values.variables()::lookup), assigned);
    }

    /** {@code catcher} caught the error described by {@code errorOutput} ({@code Error}, {@code Cause}). */
    Departure afterCatch(Catcher catcher, ObjectNode errorOutput) {
        if (flow().jsonata()) {
            ObjectNode states = values.states(null, errorOutput);
            JsonNode output = catcher.output() == null ? errorOutput
                    : values.fill("Output", catcher.output(), states);
            return new Departure(output, values.assigned(catcher.assign(), states));
        }
        Map<String, JsonNode> assigned = values.assignedFrom(catcher.assign(), errorOutput);
        return new Departure(InputOutput.merge(catcher.resultPath(), entry.rawInput(), errorOutput), assigned);
    }

    private DataFlow flow() {
        return entry.state().flow();
    }
}
