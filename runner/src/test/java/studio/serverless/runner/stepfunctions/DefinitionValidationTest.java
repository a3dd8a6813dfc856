package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.DefinitionProblem;
import studio.serverless.runner.stepfunctions.language.InvalidDefinitionException;

/**
 * Each file of {@code stepfunctions/invalid} is a definition with the problems it must be refused for (location
 * and a part of the message); {@code schemaAccepts} says the reference schema lets it through, so only the
 * engine's semantic checks find it.
 */
class DefinitionValidationTest {

    static Stream<Arguments> cases() {
        return ResourceCases.in("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anInvalidDefinitionIsRefusedWithEveryProblemNamed(String file, JsonNode testCase) {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> DefinitionParser.parse(testCase.get("definition")));

        List<DefinitionProblem> problems = refused.problems();
        for (JsonNode expected : testCase.get("problems")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.location().equals(expected.get("at").asText())
                            && problem.message().contains(expected.get("says").asText())),
                    "expected a problem at " + expected.get("at") + " saying " + expected.get("says") + ", got "
                            + problems);
        }
        assertEquals(testCase.get("problems").size(), problems.size(), () -> "problems: " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReferenceSchemaAgreesWhereItCanTell(String file, JsonNode testCase) {
        boolean schemaAccepts = testCase.path("schemaAccepts").asBoolean(false);

        var violations = StatesReference.schemaViolations(testCase.get("definition"));

        assertEquals(schemaAccepts, violations.isEmpty(), () -> "schema says " + violations);
    }
}
