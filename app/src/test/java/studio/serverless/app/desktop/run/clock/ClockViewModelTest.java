package studio.serverless.app.desktop.run.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.AdvanceableClock;

/** What the clock panel shows and does to the local cloud's clock. */
class ClockViewModelTest {

    private final ComputerClock computer = new ComputerClock();
    private final AdvanceableClock clock = new AdvanceableClock(computer);
    private final AtomicReference<Optional<Instant>> next = new AtomicReference<>(Optional.empty());
    private final AtomicInteger firings = new AtomicInteger();
    private final ClockViewModel model = new ClockViewModel(clock, next::get, firings::incrementAndGet);

    @Test
    void itShowsTheCloudsTimeAndThatItRunsWithTheComputer() {
        assertEquals("2026-11-29 14:00:00 UTC", model.timeProperty().get());
        assertEquals("0s ahead of this computer", model.comparedWithComputerProperty().get());
        assertEquals("Nothing scheduled", model.nextDueProperty().get());
        assertFalse(model.pausedProperty().get());
    }

    @Test
    void pausingStopsTheTimeShownUntilResumed() {
        model.togglePause();
        computer.pass(Duration.ofMinutes(2));
        model.refresh();

        assertTrue(model.pausedProperty().get());
        assertEquals("2026-11-29 14:00:00 UTC", model.timeProperty().get());
        assertEquals("2m behind this computer, paused", model.comparedWithComputerProperty().get());

        model.togglePause();
        computer.pass(Duration.ofSeconds(5));
        model.refresh();
        assertEquals("2026-11-29 14:00:05 UTC", model.timeProperty().get());
    }

    @Test
    void advancingAnHourMovesTheClockAndFiresWhatIsDue() {
        model.advance(Duration.ofHours(1));

        assertEquals("2026-11-29 15:00:00 UTC", model.timeProperty().get());
        assertEquals("1h ahead of this computer", model.comparedWithComputerProperty().get());
        assertEquals("Advanced 1h", model.messageProperty().get());
        assertEquals(1, firings.get());
    }

    @Test
    void aTypedAmountIsAdvancedOrExplained() {
        model.customAmountProperty().set("1d2h");
        model.advanceByCustomAmount();
        assertEquals("2026-11-30 16:00:00 UTC", model.timeProperty().get());

        model.customAmountProperty().set("a while");
        model.advanceByCustomAmount();
        assertEquals("Enter an amount of time such as 30s, 15m, 1h, 2d or 1h30m; got 'a while'",
                model.messageProperty().get());
        assertEquals("2026-11-30 16:00:00 UTC", model.timeProperty().get());
    }

    @Test
    void toNextScheduledMovesTheClockExactlyToIt() {
        model.togglePause();
        next.set(Optional.of(Instant.parse("2026-11-29T14:10:00Z")));
        model.refresh();
        assertEquals("Next scheduled: 2026-11-29 14:10:00 UTC (in 10m)", model.nextDueProperty().get());

        model.advanceToNextScheduled();

        assertEquals(Instant.parse("2026-11-29T14:10:00Z"), clock.instant());
        assertEquals("Advanced 10m", model.messageProperty().get());
        assertEquals(1, firings.get());
    }

    @Test
    void toNextScheduledWithNothingScheduledSaysSo() {
        model.advanceToNextScheduled();

        assertEquals("Nothing is scheduled: no schedule rule and no waiting Step Functions execution",
                model.messageProperty().get());
        assertEquals(Instant.parse("2026-11-29T14:00:00Z"), clock.instant());
    }
}
