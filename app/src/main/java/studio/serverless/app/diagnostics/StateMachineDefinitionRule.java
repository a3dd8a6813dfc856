package studio.serverless.app.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.DefinitionProblem;
import studio.serverless.runner.stepfunctions.language.InvalidDefinitionException;

/**
 * Every state machine definition written into the diagram is a valid Amazon States Language machine, checked by
 * the same parser that runs it locally: one diagnostic per problem, naming the state and field. A definition that
 * is not JSON is left to the JSON property rule; an empty one is generated from the connections.
 */
public final class StateMachineDefinitionRule implements ValidationRule {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String id() {
        return "states-definition";
    }

    @Override
    public String description() {
        return "Every state machine definition is valid Amazon States Language.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service machine : context.services(ServiceKind.STEP_FUNCTIONS)) {
            String definition = machine.properties().text("definition");
            if (!definition.isBlank()) {
                problems(definition).forEach(problem -> diagnostics.add(diagnostic(machine, problem)));
            }
        }
        return diagnostics;
    }

    private static List<DefinitionProblem> problems(String definition) {
        JsonNode json;
        try {
            json = MAPPER.readTree(definition);
        } catch (JsonProcessingException notJson) {
            return List.of();
        }
        try {
            DefinitionParser.parse(json);
            return List.of();
        } catch (InvalidDefinitionException invalid) {
            return invalid.problems();
        }
    }

    private Diagnostic diagnostic(Service machine, DefinitionProblem problem) {
        return new Diagnostic(id(), Severity.ERROR, List.of(machine.id()),
                "The state machine '" + machine.name() + "' has an invalid definition: " + problem.message()
                        + ". Step Functions refuses to create it.",
                "Correct the Definition in the inspector, or clear it to have it generated from the connections.");
    }
}
