package studio.serverless.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** A state machine's definition in the diagram is checked by the engine that runs it, in the problems panel too. */
class StateMachineDefinitionRuleTest {

    private static final Path ORDER_WORKFLOW = Path.of("..", "examples", "order-workflow.studio.json");

    @Test
    void theExamplesDefinitionIsValid() throws Exception {
        Diagram diagram = DiagramFiles.load(ORDER_WORKFLOW);

        assertEquals(List.of(), definitionProblems(diagram));
    }

    @Test
    void aNextNamingNoStateIsAnErrorOnTheStateMachineNamingStateFieldAndTheStatesLeftUnreached() throws Exception {
        Diagram diagram = DiagramFiles.load(ORDER_WORKFLOW);
        Service machine = diagram.services().stream().filter(s -> s.kind() == ServiceKind.STEP_FUNCTIONS)
                .findFirst().orElseThrow();
        String broken = machine.properties().text("definition")
                .replace("\"Next\": \"ChargePayment\"", "\"Next\": \"ChargeCard\"");
        diagram.replaceService(machine.withProperty("definition", broken));

        List<Diagnostic> problems = definitionProblems(diagram);

        Diagnostic problem = problems.get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(List.of(machine.id()), problem.elements());
        assertTrue(problem.message().contains("'order-workflow'") && problem.message().contains("ValidateOrder")
                && problem.message().contains("'Next'") && problem.message().contains("ChargeCard"), problem.message());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'ChargePayment': is never reached")),
                "the states no longer reached are named too: " + problems);
    }

    @Test
    void aDefinitionThatIsNotJsonIsLeftToTheJsonRule() throws Exception {
        Diagram diagram = DiagramFiles.load(ORDER_WORKFLOW);
        Service machine = diagram.services().stream().filter(s -> s.kind() == ServiceKind.STEP_FUNCTIONS)
                .findFirst().orElseThrow();
        diagram.replaceService(machine.withProperty("definition", "{\"StartAt\": "));

        List<Diagnostic> all = StudioValidator.create().validate(diagram);

        assertEquals(List.of(), definitionProblems(diagram));
        assertTrue(all.stream().anyMatch(d -> d.ruleId().equals("json-property")), all.toString());
    }

    private static List<Diagnostic> definitionProblems(Diagram diagram) {
        return StudioValidator.create().validate(diagram).stream()
                .filter(d -> d.ruleId().equals("states-definition")).toList();
    }
}
