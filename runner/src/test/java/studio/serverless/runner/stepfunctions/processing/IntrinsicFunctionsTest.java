package studio.serverless.runner.stepfunctions.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/** The intrinsic functions, through the {@code .$} field of a payload template, as AWS documents them. */
class IntrinsicFunctionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode INPUT = json("{'name':'World','list':[1,2,2,3],'n':5,'text':'a,b;c',"
            + "'json':'{\\\"k\\\":[1]}','obj':{'a':1,'b':{'c':2}},'other':{'b':3}}");
    private static final JsonNode CONTEXT = json("{'Execution':{'Name':'run-1'}}");

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode call(String expression) {
        return PayloadTemplate.dynamic("x.$", expression, INPUT, CONTEXT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "States.Format('Hello, {}!', $.name) | 'Hello, World!'",
            "States.Format('{} of {} in {}', 1, true, $$.Execution.Name) | '1 of true in run-1'",
            "States.Format('braces \\{\\} kept') | 'braces {} kept'",
            "States.StringToJson($.json) | {'k':[1]}",
            "States.JsonToString($.obj) | '{\\\"a\\\":1,\\\"b\\\":{\\\"c\\\":2}}'",
            "States.Array(1, 'two', $.n, States.Array()) | [1,'two',5,[]]",
            "States.ArrayPartition($.list, 3) | [[1,2,2],[3]]",
            "States.ArrayContains($.list, 3) | true",
            "States.ArrayContains($.list, 9) | false",
            "States.ArrayRange(1, 9, 2) | [1,3,5,7,9]",
            "States.ArrayRange(5, 1, -2) | [5,3,1]",
            "States.ArrayGetItem($.list, 3) | 3",
            "States.ArrayLength($.list) | 4",
            "States.ArrayUnique($.list) | [1,2,3]",
            "States.Base64Encode('Data to encode') | 'RGF0YSB0byBlbmNvZGU='",
            "States.Base64Decode('RGF0YSB0byBlbmNvZGU=') | 'Data to encode'",
            "States.Hash('input data', 'SHA-1') | 'aaff4a450a104cd177d28d18d74485e8cae074b7'",
            "States.Hash('input data', 'MD5') | '812f45842bc6d66ee14572ce20db8e86'",
            "States.JsonMerge($.obj, $.other, false) | {'a':1,'b':3}",
            "States.MathAdd($.n, -1) | 4",
            "States.StringSplit($.text, ',;') | ['a','b','c']",
            "States.MathRandom(7, 8) | 7",
            "States.ArrayLength(States.StringSplit('1,2,3', ',')) | 3",
    })
    void anIntrinsicFunctionComputesWhatAwsDocuments(String expression, String expected) {
        assertEquals(json(expected), call(expression));
    }

    @Test
    void uuidGivesAVersion4Uuid() {
        assertTrue(call("States.UUID()").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void mathRandomWithASeedRepeatsItself() {
        assertEquals(call("States.MathRandom(1, 1000, 42)"), call("States.MathRandom(1, 1000, 42)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "States.ArrayGetItem($.list, 4) | The function States.ArrayGetItem was asked for index 4 of an array of 4 elements",
            "States.ArrayLength($.name) | The function States.ArrayLength expects an array as its first argument, but got \"World\"",
            "States.Format('{} {}', 1) | The function States.Format has more {} placeholders than arguments (1)",
            "States.StringToJson($.name) | The function States.StringToJson could not parse 'World' as JSON",
            "States.JsonMerge($.obj, $.other, true) | The function States.JsonMerge supports only the shallow merge",
            "States.Hash('x', 'SHA-999') | The function States.Hash supports the algorithms",
            "States.ArrayRange(1, 2000, 1) | The function States.ArrayRange would return 2000 elements; at most 1000",
            "States.ArrayLength($.missing) | The function States.ArrayLength was given the path '$.missing', which selects nothing",
    })
    void aFailingIntrinsicFunctionIsAnIntrinsicFailure(String expression, String cause) {
        StatesFailure failure = assertThrows(StatesFailure.class, () -> call(expression));

        assertEquals("States.IntrinsicFailure", failure.error());
        assertTrue(failure.cause().startsWith(cause), failure.cause());
    }

    @Test
    void aPathThatSelectsNothingIsAParameterPathFailure() {
        StatesFailure failure = assertThrows(StatesFailure.class,
                () -> PayloadTemplate.fill(json("{'a.$':'$.nope'}"), INPUT, CONTEXT));

        assertEquals("States.ParameterPathFailure", failure.error());
        assertTrue(failure.cause().startsWith("The JSONPath '$.nope' specified for the field 'a.$' could not be found"));
    }

    @Test
    void aTemplateFillsNestedObjectsAndArraysAndKeepsLiterals() {
        JsonNode filled = PayloadTemplate.fill(json("{'greeting':'hi','who':{'name.$':'$.name'},"
                + "'items':[{'n.$':'$.n'},7],'run.$':'$$.Execution.Name'}"), INPUT, CONTEXT);

        assertEquals(json("{'greeting':'hi','who':{'name':'World'},'items':[{'n':5},7],'run':'run-1'}"), filled);
    }
}
