package studio.serverless.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.app.testing.FakeDiagrams;

class ValidationSummaryTest {

    @ParameterizedTest(name = "[{0}] reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "''                    | 0 errors, 0 warnings",
        "error                 | 1 error, 0 warnings",
        "warning warning error | 1 error, 2 warnings",
        "info                  | 0 errors, 0 warnings, 1 note",
        "info info warning     | 0 errors, 1 warning, 2 notes"})
    void countsAreWrittenInWordsWithPlurals(String serviceNames, String expected) {
        var diagram = FakeDiagrams.withServices(serviceNames.isBlank() ? new String[0] : serviceNames.split(" "));

        var summary = ValidationSummary.of(FakeDiagrams.validator().validate(diagram));

        assertEquals(expected, summary.describe());
    }
}
