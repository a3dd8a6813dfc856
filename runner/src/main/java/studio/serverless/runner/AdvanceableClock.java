package studio.serverless.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock in UTC, moved ahead by hand: time runs on as usual, and {@link #advance(Duration)} jumps it
 * forward (never back, as AWS's time never goes back). {@code studio run} gives it to the local cloud so its
 * console can advance time; a local cloud on this clock fires its schedules on its own, as on the system clock.
 */
public final class AdvanceableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock forward by {@code amount}, which must be positive. */
    public void advance(Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward, by more than 0; got " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** How far ahead of the system clock this clock is. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Only UTC: a zone changes nothing here that callers rely on. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.offset(system.withZone(zone), offset.get());
    }
}
