package studio.serverless.runner.stepfunctions.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The messages a user reads when a definition mixes up the two query languages. */
class QueryLanguageValidationTest {

    private static final String TASK = "\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:1:function:f\"";

    private static List<String> problems(String definition) {
        String json = definition.replace('\'', '"');
        return assertThrows(InvalidDefinitionException.class, () -> DefinitionParser.parse(json)).problems()
                .stream().map(DefinitionProblem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "InputPath => use $states.input instead",
            "Parameters => use Arguments (ItemSelector in a Map) instead",
            "ResultSelector => use Output instead",
            "ResultPath => use Output instead",
            "OutputPath => use Output instead",
    })
    void aJsonPathFieldInAJsonataStateIsNamedWithWhatToUseInstead(String field, String instead) {
        String definition = "{'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {" + TASK.replace('"', '\'')
                + ", '" + field + "': '$.x', 'End': true}}}";

        assertEquals(List.of("States.T." + field + ": State 'T', field '" + field + "': is a JSONPath field, but this"
                + " state uses JSONata; " + instead), problems(definition));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "Arguments => Parameters",
            "Output => ResultSelector, ResultPath or OutputPath",
    })
    void aJsonataFieldInAJsonPathStateIsNamedWithWhatToUseInstead(String field, String instead) {
        String definition = "{'StartAt': 'T', 'States': {'T': {" + TASK.replace('"', '\'') + ", '" + field
                + "': {}, 'End': true}}}";

        assertEquals(List.of("States.T." + field + ": State 'T', field '" + field + "': is a JSONata field, but this"
                + " state uses JSONPath; set \"QueryLanguage\": \"JSONata\" on the state or use " + instead),
                problems(definition));
    }

    @Test
    void aJsonataMachineCannotHaveAJsonPathState() {
        assertEquals(List.of("States.A.QueryLanguage: State 'A', field 'QueryLanguage': cannot be JSONPath in a state"
                        + " machine whose QueryLanguage is JSONata (a JSONPath state machine may have JSONata states,"
                        + " not the other way round)"),
                problems("{'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {'A': {'Type': 'Pass',"
                        + " 'QueryLanguage': 'JSONPath', 'End': true}}}"));
    }

    @Test
    void aJsonPathMachineMayHaveAJsonataStateAndItsBranchesInheritTheMachinesLanguage() {
        StateMachine machine = DefinitionParser.parse(("{'StartAt': 'A', 'States': {'A': {'Type': 'Pass',"
                + " 'QueryLanguage': 'JSONata', 'Output': '{% 1 %}', 'End': true}}}").replace('\'', '"'));

        assertEquals(QueryLanguage.JSONPATH, machine.queryLanguage());
        assertEquals(QueryLanguage.JSONATA, machine.state("A").flow().language());
    }

    @Test
    void aDollarKeyInAJsonataTemplateIsNamedWithItsJsonataSpelling() {
        assertEquals(List.of("States.T.Arguments.id.$: State 'T', field 'Arguments.id.$': a field name ending in .$"
                        + " is JSONPath; in a JSONata state name it 'id' and write its value as a {% %} expression"),
                problems("{'QueryLanguage': 'JSONata', 'StartAt': 'T', 'States': {'T': {" + TASK.replace('"', '\'')
                        + ", 'Arguments': {'id.$': '$.id'}, 'End': true}}}"));
    }

    @Test
    void anExpressionThatDoesNotParseIsRefusedWithTheParsersReason() {
        List<String> problems = problems("{'QueryLanguage': 'JSONata', 'StartAt': 'A', 'States': {'A': {"
                + "'Type': 'Pass', 'Output': {'a': '{% 1 + %}'}, 'End': true}}}");

        assertEquals(1, problems.size());
        assertEquals("States.A.Output.a: State 'A', field 'Output.a': '{% 1 + %}' is not a valid JSONata expression: "
                + "Unexpected end of expression", problems.get(0));
    }
}
