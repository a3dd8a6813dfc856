package studio.serverless.app.desktop.run.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.serverless.app.run.TimeAmount;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;

/**
 * The clock panel's logic over the local cloud's {@link AdvanceableClock}: the cloud's time, how far it is from the
 * computer's, pause and resume, advancing by a chosen amount or to the next scheduled thing (an EventBridge schedule,
 * a Step Functions Wait or retry). After each move it asks the cloud to fire what fell due at once, rather than at
 * its next once-a-second check. {@link #refresh()} rereads the clock (the view calls it every second).
 */
public final class ClockViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AdvanceableClock clock;
    private final Supplier<Optional<Instant>> nextScheduledWork;
    private final Runnable fireDueWork;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper comparedWithComputer = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nextDue = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final StringProperty customAmount = new SimpleStringProperty("15m");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * A panel moving {@code clock}; {@code nextScheduledWork} tells when the next scheduled thing falls due and
     * {@code fireDueWork} fires what is due now.
     */
    public ClockViewModel(AdvanceableClock clock, Supplier<Optional<Instant>> nextScheduledWork,
                          Runnable fireDueWork) {
        this.clock = clock;
        this.nextScheduledWork = nextScheduledWork;
        this.fireDueWork = fireDueWork;
        refresh();
    }

    /** A panel over a running local cloud on {@code clock}. */
    public static ClockViewModel of(AdvanceableClock clock, LocalCloud cloud) {
        return new ClockViewModel(clock, cloud::nextScheduledWork, () -> cloud.events().fireDueSchedules());
    }

    /** Rereads the clock and what is due next. */
    public void refresh() {
        Instant now = clock.instant();
        time.set(TIME.format(now));
        paused.set(clock.isPaused());
        comparedWithComputer.set(TimeAmount.comparedWithComputer(clock.offset().withNanos(0))
                + (clock.isPaused() ? ", paused" : ""));
        nextDue.set(nextScheduledWork.get().map(next -> "Next scheduled: " + TIME.format(next)
                + (next.isAfter(now) ? " (in " + TimeAmount.text(Duration.between(now, next).withNanos(0)) + ")"
                : " (due now)")).orElse("Nothing scheduled"));
    }

    /** Pauses a running clock, resumes a paused one. */
    public void togglePause() {
        if (clock.isPaused()) {
            clock.resume();
            message.set("Time runs on from " + TIME.format(clock.instant()));
        } else {
            clock.pause();
            message.set("Paused: nothing new falls due until you resume or advance");
        }
        refresh();
    }

    /** Moves the clock {@code amount} ahead; what falls due by then runs. */
    public void advance(Duration amount) {
        clock.advance(amount);
        fireDueWork.run();
        message.set("Advanced " + TimeAmount.text(amount));
        refresh();
    }

    /** Moves the clock ahead by the typed amount, or says what an amount looks like. */
    public void advanceByCustomAmount() {
        Optional<Duration> amount = TimeAmount.parse(customAmount.get());
        if (amount.isEmpty() || amount.get().isZero()) {
            message.set("Enter an amount of time " + TimeAmount.EXAMPLES + "; got '" + customAmount.get() + "'");
            return;
        }
        advance(amount.get());
    }

    /** Moves the clock to when the next scheduled thing falls due, if anything is scheduled. */
    public void advanceToNextScheduled() {
        Optional<Instant> next = nextScheduledWork.get();
        if (next.isEmpty()) {
            message.set("Nothing is scheduled: no schedule rule and no waiting Step Functions execution");
            return;
        }
        Duration amount = Duration.between(clock.instant(), next.get());
        if (amount.isNegative() || amount.isZero()) {
            fireDueWork.run();
            message.set("The next scheduled thing is due already");
            refresh();
            return;
        }
        advance(amount);
    }

    /** The cloud's time, e.g. {@code 2026-11-29 14:03:12 UTC}. */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** E.g. {@code 1h ahead of this computer, paused}. */
    public ReadOnlyStringProperty comparedWithComputerProperty() {
        return comparedWithComputer.getReadOnlyProperty();
    }

    /** E.g. {@code Next scheduled: 2026-11-29 15:00:00 UTC (in 56m48s)} or {@code Nothing scheduled}. */
    public ReadOnlyStringProperty nextDueProperty() {
        return nextDue.getReadOnlyProperty();
    }

    /** Whether the clock stands still. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The amount to advance by, as typed, e.g. {@code 1h30m}. */
    public StringProperty customAmountProperty() {
        return customAmount;
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
