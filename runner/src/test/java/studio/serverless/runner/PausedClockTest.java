package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pausing the local cloud's clock: time stands still, advances still move it, resuming carries on from there. */
class PausedClockTest {

    private final MutableClock computer = new MutableClock();
    private final AdvanceableClock clock = new AdvanceableClock(computer);

    @Test
    void aPausedClockStandsStillWhileTheComputersTimeRunsOn() {
        Instant pausedAt = clock.instant();

        clock.pause();
        computer.advance(Duration.ofMinutes(5));

        assertTrue(clock.isPaused());
        assertEquals(pausedAt, clock.instant());
        assertEquals(Duration.ofMinutes(-5), clock.offset());
    }

    @Test
    void resumingCarriesOnFromThePausedTimeNotFromWhereItWouldHaveBeen() {
        Instant pausedAt = clock.instant();
        clock.pause();
        computer.advance(Duration.ofMinutes(5));

        clock.resume();
        computer.advance(Duration.ofSeconds(30));

        assertFalse(clock.isPaused());
        assertEquals(pausedAt.plusSeconds(30), clock.instant());
    }

    @Test
    void advancingAPausedClockMovesItAndKeepsItPaused() {
        Instant pausedAt = clock.instant();
        clock.pause();

        clock.advance(Duration.ofHours(1));
        computer.advance(Duration.ofMinutes(10));

        assertTrue(clock.isPaused());
        assertEquals(pausedAt.plus(Duration.ofHours(1)), clock.instant());
    }

    @Test
    void pausingTwiceAndResumingARunningClockChangeNothing() {
        clock.resume();
        clock.pause();
        Instant pausedAt = clock.instant();
        computer.advance(Duration.ofMinutes(1));
        clock.pause();

        assertEquals(pausedAt, clock.instant());
    }

    @Test
    void theSameClockInAnotherZoneIsPausedWithIt() {
        clock.pause();
        Instant pausedAt = clock.instant();
        computer.advance(Duration.ofMinutes(1));

        assertEquals(pausedAt, clock.withZone(java.time.ZoneId.of("Europe/Paris")).instant());
    }
}
