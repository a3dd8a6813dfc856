package studio.serverless.canvas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A badge's text stays short however large its count. */
class RunBadgeTest {

    @ParameterizedTest
    @CsvSource({"0, 0 invocations", "12, 12 invocations", "9999, 9999 invocations", "12345, 12.3k invocations",
        "2500000, 2.5M invocations"})
    void theCountIsShortenedAboveTenThousand(long count, String text) {
        assertEquals(text, RunBadge.of("invocations", count).text());
    }
}
