package studio.serverless.runner.lambda.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REPORT line keeps AWS's shape, numbers printed as {@code %.2f} prints them. */
class LogLinesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.004, 0.005, 0.05, 1, 1.5, 9.999, 12.345678, 100.1, 2999.996, 123456.78})
    void durationsHaveTwoDecimalsAsFormatPrintsThem(double millis) {
        assertEquals(String.format(Locale.ROOT, "%.2f", millis), LogLines.twoDecimals(millis));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aReportLineHasAwsFieldsTabSeparatedWithInitDurationOnlyAfterAColdStart(boolean cold) {
        String line = LogLines.report("id-1", 12.3456, 512, 48, cold ? 64.5 : null);

        assertEquals("REPORT RequestId: id-1\tDuration: 12.35 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\t"
                + "Max Memory Used: 48 MB\t" + (cold ? "Init Duration: 64.50 ms\t" : ""), line);
    }
}
