package studio.serverless.canvas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Point;

/** Tokens in flight: capped per connection and in all, landed when their trip is over. */
class TokenTrafficTest {

    private static final ConnectionId ONE = new ConnectionId("c1");
    private static final ConnectionId TWO = new ConnectionId("c2");
    private static final long TRIP = 600;

    private static TokenFlight leavingAt(long start) {
        return new TokenFlight(new Point(0, 0), new Point(100, 0), start, TRIP);
    }

    @Test
    void aConnectionCarriesNoMoreThanItsCapWhileAnotherStillHasRoom() {
        TokenTraffic<String> traffic = new TokenTraffic<>(3, 100);
        for (int i = 0; i < 3; i++) {
            traffic.launch(ONE, leavingAt(0), "token" + i);
        }

        assertFalse(traffic.hasRoomOn(ONE));
        assertTrue(traffic.hasRoomOn(TWO));
        assertEquals(3, traffic.on(ONE));
    }

    @Test
    void theCanvasCarriesNoMoreThanItsCapInAll() {
        TokenTraffic<String> traffic = new TokenTraffic<>(3, 2);
        traffic.launch(ONE, leavingAt(0), "a");
        traffic.launch(TWO, leavingAt(0), "b");

        assertFalse(traffic.hasRoomOn(new ConnectionId("c3")));
    }

    @Test
    void tokensLandWhenTheirTripIsOverAndFreeTheirRoom() {
        TokenTraffic<String> traffic = new TokenTraffic<>(1, 100);
        traffic.launch(ONE, leavingAt(0), "early");
        traffic.launch(TWO, leavingAt(300), "late");

        List<TokenTraffic.InFlight<String>> landed = traffic.land(TRIP);

        assertEquals(List.of("early"), landed.stream().map(TokenTraffic.InFlight::view).toList());
        assertTrue(traffic.hasRoomOn(ONE));
        assertEquals(1, traffic.flying().size());
    }

    @Test
    void clearingTakesEveryTokenOut() {
        TokenTraffic<String> traffic = new TokenTraffic<>(3, 100);
        traffic.launch(ONE, leavingAt(0), "a");
        traffic.launch(ONE, leavingAt(0), "b");

        assertEquals(2, traffic.clear().size());
        assertEquals(0, traffic.on(ONE));
        assertTrue(traffic.flying().isEmpty());
    }
}
