package studio.serverless.runner.stepfunctions.jsonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.processing.VariableScope;

class JsonataEvaluatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode STATES = json("{'input':{'n':[1,2,3],'name':'Ann','none':null},"
            + "'context':{'State':{'Name':'S'}}}");

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode evaluate(String expression) {
        VariableScope variables = VariableScope.root();
        variables.assign(Map.of("limit", json("10")));
        return JsonataEvaluator.evaluate("Output", "{% " + expression + " %}", STATES, variables);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "$states.input.name => 'Ann'",
            "$sum($states.input.n) * $limit => 60",
            "$states.input.none => null",
            "7 / 2 => 3.5",
            "$states.input.n[$ > 1] => [2,3]",
            "{'a': $states.input.missing, 'b': 1} => {'b':1}",
            "$states.context.State.Name => 'S'",
            "$partition([1,2,3], 2) => [[1,2],[3]]",
            "$range(1, 7, 3) => [1,4,7]",
            "$hash('abc', 'SHA-1') => 'a9993e364706816aba3e25717850c26c9cd0d89d'",
            "$parse('[1, 2.5, true]') => [1,2.5,true]",
            "$random(42) = $random(42) => true",
            "$length($uuid()) => 36",
    })
    void anExpressionGivesWhatJsonataAndAwsDocument(String expression, String expected) {
        assertEquals(json(expected), evaluate(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "$states.input.missing => The JSONata expression '$states.input.missing' specified for the field"
                    + " 'Output' returned nothing (undefined).",
            "$eval('1') => $eval is not available in Step Functions; use $parse",
            "$partition([1], 0) => $partition needs a chunk size of at least 1, not 0",
            "$range(1, 2, 0) => $range needs a step other than 0",
            "$range(0, 5000, 1) => $range may produce at most 1000 values",
            "function($x) { $x } => returned a function or other value JSON cannot represent",
            "1 / 0 => The JSONata expression '1 / 0' specified for the field 'Output'",
            "($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000)) => Stack overflow error",
    })
    void aFailingExpressionIsAQueryEvaluationErrorSayingWhy(String expression, String cause) {
        StatesFailure failure = assertThrows(StatesFailure.class, () -> evaluate(expression));

        assertEquals(ErrorNames.QUERY_EVALUATION_ERROR, failure.error());
        assertTrue(failure.cause().contains(cause == null ? "" : cause), failure.cause());
    }

    @Test
    void aTemplateNamesTheFieldOfAFailingExpressionByItsPath() {
        JsonNode template = json("{'Input':{'ok':'{% 1 %}','location':'{% $states.input.location %}'}}");

        StatesFailure failure = assertThrows(StatesFailure.class,
                () -> JsonataEvaluator.fill("Arguments", template, STATES, VariableScope.root()));

        assertTrue(failure.cause().contains("for the field 'Arguments/Input/location'"), failure.cause());
    }

    @Test
    void aTemplateKeepsLiteralsAndStringsThatAreNotExpressions() {
        JsonNode template = json("{'a':'$states.input','b':[1,'{% 1 + 1 %}'],'c':' {% 1 %}'}");

        assertEquals(json("{'a':'$states.input','b':[1,2],'c':' {% 1 %}'}"),
                JsonataEvaluator.fill("Output", template, STATES, VariableScope.root()));
    }

    @Test
    void anUnparsableExpressionIsFoundBeforeItRuns() {
        assertTrue(JsonataExpression.problem("{% $states.input.( %}").orElseThrow()
                .startsWith("'{% $states.input.( %}' is not a valid JSONata expression: "));
        assertTrue(JsonataExpression.problem("{% $states.input.a %}").isEmpty());
    }
}
