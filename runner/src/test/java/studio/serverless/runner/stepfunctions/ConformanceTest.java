package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;
import studio.serverless.runner.stepfunctions.engine.HistoryEventType;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.intrinsic.JsonValues;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;

/**
 * The conformance suite: each file of {@code stepfunctions/conformance} is a state machine written from the
 * specification with its input, the tasks' scripted answers (and the callbacks sent to {@code .waitForTaskToken}
 * tasks), and the expected output (or error and cause), the expected history event types in order and, where time
 * matters, the seconds the execution takes on the clock.
 */
class ConformanceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final String MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:Conformance";

    static Stream<Arguments> cases() {
        return ResourceCases.in("conformance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anExecutionEndsAsTheSpecificationSays(String file, JsonNode testCase) {
        ManualScheduler scheduler = new ManualScheduler(START);
        ScriptedInvoker invoker = new ScriptedInvoker(testCase.get("tasks"), scheduler);
        StatesEngine engine = new StatesEngine(scheduler, invoker);

        Execution execution = engine.start(DefinitionParser.parse(testCase.get("definition")), MACHINE_ARN, "case",
                testCase.path("input").isMissingNode() ? JsonValues.emptyObject() : testCase.get("input"));
        ScriptedCallbacks.send(testCase.get("callbacks"), engine, scheduler, invoker);
        scheduler.runUntilQuiet();

        List<String> events = execution.history().stream().map(HistoryEvent::type).map(Enum::name).toList();
        if (testCase.has("output")) {
            assertEquals(ExecutionStatus.SUCCEEDED, execution.status(), () -> "failed: " + execution.error() + ": "
                    + execution.cause() + "; events " + events);
            assertTrue(JsonValues.same(testCase.get("output"), execution.output()),
                    () -> "expected " + testCase.get("output") + " but was " + execution.output());
        } else {
            assertEquals(testCase.path("status").asText("FAILED"), execution.status().name(),
                    () -> "output " + execution.output() + ", events " + events);
            assertEquals(testCase.get("error").asText(), execution.error(), execution::cause);
            if (testCase.has("cause")) {
                assertTrue(execution.cause().contains(testCase.get("cause").asText()), execution.cause());
            }
        }
        List<String> expected = ResourceCases.strings(testCase.get("events"));
        assertEquals(expected, events);
        if (testCase.has("seconds")) {
            assertEquals(Duration.ofSeconds(testCase.get("seconds").asLong()),
                    Duration.between(START, execution.stopDate()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDefinitionKeepsTheReferenceSchema(String file, JsonNode testCase) {
        var violations = StatesReference.schemaViolations(testCase.get("definition"));

        // a case says why when the schema and the specification disagree
        assertEquals(testCase.has("referenceSchemaRejects"), !violations.isEmpty(), violations::toString);
    }

    @Test
    void historyEventTypesAreTheApiModelsOwn() {
        assertEquals(StatesReference.historyEventTypes(),
                Stream.of(HistoryEventType.values()).map(Enum::name).toList());
    }
}
