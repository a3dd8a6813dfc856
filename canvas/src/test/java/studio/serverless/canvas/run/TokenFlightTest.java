package studio.serverless.canvas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.diagram.Point;

/** A token's trip from an edge's start to its end. */
class TokenFlightTest {

    private final TokenFlight flight = new TokenFlight(new Point(10, 20), new Point(110, 220), 1_000, 600);

    @ParameterizedTest
    @CsvSource({"1000, 10, 20", "1300, 60, 120", "1600, 110, 220", "5000, 110, 220", "0, 10, 20"})
    void theTokenMovesAtASteadyPaceFromStartToEndAndStaysWithinThem(long now, double x, double y) {
        assertEquals(new Point(x, y), flight.position(now));
    }

    @Test
    void theTokenArrivesWhenItsTimeIsUp() {
        assertFalse(flight.arrived(1_599));
        assertTrue(flight.arrived(1_600));
    }
}
