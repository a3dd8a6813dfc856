package studio.serverless.app.desktop.run.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.apigateway.ApiRoute;

/** Bad input in a test form is told before anything is sent: which field, where in it, what was expected. */
class FormCheckTest {

    private static List<String> problems(FieldKind kind, String text) {
        return FormCheck.problems(List.of(FormField.of("f", "Field", kind, "")), new FormValues(Map.of("f", text)));
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "JSON|{\"a\": tru}|Field: line 1, column 7: Unrecognized token 'tru': was expecting",
        "JSON|{} {}|Field: line 1, column 4: Trailing token (of type START_OBJECT) found after value",
        "JSON|''|Field: line 1, column 1: expected a JSON value, found nothing",
        "HEADERS|Accept: */*\\nno colon here|Field: line 2: expected Name: value, found 'no colon here'",
        "PAIRS|=value|Field: line 1: expected name=value, found '=value'",
        "NUMBER|ten|Field: expected a whole number, found 'ten'",
    })
    void aBadValueIsNamedWithWhereAndWhatWasExpected(FieldKind kind, String text, String expected) {
        List<String> problems = problems(kind, text.replace("\\n", "\n"));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(expected, problems.get(0).substring(0, Math.min(expected.length(), problems.get(0).length())));
    }

    @Test
    void blankOptionalJsonAndBlankNumbersPass() {
        assertEquals(List.of(), problems(FieldKind.OPTIONAL_JSON, " "));
        assertEquals(List.of(), problems(FieldKind.NUMBER, ""));
    }

    @Test
    void aRouteChecksItsPathParametersAndAJsonBody() {
        RouteAction route = new RouteAction("api", URI.create("http://127.0.0.1:1"),
                ApiRoute.parse("PUT /items/{id}", "f"), HttpClient.newHttpClient());

        List<String> problems = route.problems(new FormValues(Map.of("path.id", " ",
                "headers", "content-type: application/json", "body", "{\"name\": }")));

        assertEquals(List.of("Path parameter {id}: expected a value, found nothing",
                "Body (JSON, as its Content-Type says): line 1, column 10: Unexpected character ('}' (code 125)):"
                        + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
                        + " 'false')"), problems);
    }
}
