package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts of time as typed for the local cloud's clock, and as shown back. */
class TimeAmountTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"1h, PT1H", "' 90S ', PT1M30S", "1d2h3m4s, PT26H3M4S", "0m, PT0S"})
    void anAmountIsReadFromItsParts(String text, Duration amount) {
        assertEquals(Optional.of(amount), TimeAmount.parse(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"soon", "1 hour", "h", "-5m", "''"})
    void textThatIsNoAmountIsNone(String text) {
        assertEquals(Optional.empty(), TimeAmount.parse(text));
    }

    @Test
    void anOffsetIsSaidAheadOfOrBehindTheComputer() {
        assertEquals("1d1h ahead of this computer", TimeAmount.comparedWithComputer(Duration.ofHours(25)));
        assertEquals("5m behind this computer", TimeAmount.comparedWithComputer(Duration.ofMinutes(-5)));
        assertEquals("0s ahead of this computer", TimeAmount.comparedWithComputer(Duration.ZERO));
    }
}
