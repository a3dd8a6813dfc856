package studio.serverless.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock in UTC, moved ahead and paused by hand: time runs on as usual, {@link #advance(Duration)} jumps
 * it forward (never back, as AWS's time never goes back), and {@link #pause()} makes it stand still until
 * {@link #resume()}, which carries on from the paused time. {@code studio run} and the desktop's run mode give it
 * to the local cloud; schedules, Wait states, retry back-off and SQS delays are due by this clock, so while it is
 * paused nothing new falls due (traffic sent meanwhile is still served), and an advance makes due what it passes.
 */
public final class AdvanceableClock extends Clock {

    /** The clock's whole state, swapped atomically: how far ahead of the source it runs, or where it stands. */
    private record State(Duration offset, Instant pausedAt) {

        boolean paused() {
            return pausedAt != null;
        }
    }

    private final Clock source;
    private final AtomicReference<State> state = new AtomicReference<>(new State(Duration.ZERO, null));

    /** A running clock on the system clock (UTC). */
    public AdvanceableClock() {
        this(Clock.systemUTC());
    }

    /** A running clock that follows {@code source}: the system clock, or a clock a test moves by hand. */
    public AdvanceableClock(Clock source) {
        this.source = Objects.requireNonNull(source);
    }

    /** Moves the clock forward by {@code amount}, which must be positive; a paused clock stays paused there. */
    public void advance(Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward, by more than 0; got " + amount);
        }
        state.updateAndGet(now -> now.paused() ? new State(now.offset(), now.pausedAt().plus(amount))
                : new State(now.offset().plus(amount), null));
    }

    /** Stops time where it is now; pausing a paused clock changes nothing. */
    public void pause() {
        state.updateAndGet(now -> now.paused() ? now : new State(now.offset(), source.instant().plus(now.offset())));
    }

    /** Lets time run on from where it stood (not from where it would have been); resuming a running clock changes nothing. */
    public void resume() {
        state.updateAndGet(now -> now.paused()
                ? new State(Duration.between(source.instant(), now.pausedAt()), null) : now);
    }

    /** Whether time stands still. */
    public boolean isPaused() {
        return state.get().paused();
    }

    /**
     * How far ahead of the system clock this clock is: what advances added, less the time spent paused (so it is
     * negative after a pause longer than the advances).
     */
    public Duration offset() {
        State now = state.get();
        return now.paused() ? Duration.between(source.instant(), now.pausedAt()) : now.offset();
    }

    @Override
    public Instant instant() {
        State now = state.get();
        return now.paused() ? now.pausedAt() : source.instant().plus(now.offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same time, moved and paused with this clock, in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    /** This clock seen from another zone. */
    private static final class Zoned extends Clock {

        private final AdvanceableClock clock;
        private final ZoneId zone;

        Zoned(AdvanceableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
