package studio.serverless.app.run.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * How much traffic a month brings, relative to a run: the factor a run's usage is multiplied by to make a month.
 * {@link EntryRequests} is what most users know ("a million requests a month reach the API"); {@link RunPace}
 * keeps the run's own pace up for a whole month; {@link Factor} is a plain multiplier.
 */
public sealed interface MonthlyVolume {

    /** AWS's month for hourly prices: 730 hours. */
    Duration MONTH = Duration.ofHours(730);

    /** The multiplier from {@code usage} to a month. */
    BigDecimal factor(Usage usage);

    /** The volume in words, e.g. {@code 1,000,000 requests a month at the entry points}. */
    String describe();

    /** So many requests a month arrive at the entry points, each bringing the traffic the run's did on average. */
    record EntryRequests(long perMonth) implements MonthlyVolume {

        /** Checks that the month brings some requests. */
        public EntryRequests {
            if (perMonth < 0) {
                throw new IllegalArgumentException("requests a month cannot be negative; got " + perMonth);
            }
        }

        @Override
        public BigDecimal factor(Usage usage) {
            if (usage.entryRequests() == 0) {
                throw new IllegalArgumentException("the run has seen no request at an entry point yet, so there is"
                        + " no traffic per request to scale: send some, or project the run's pace");
            }
            return BigDecimal.valueOf(perMonth).divide(BigDecimal.valueOf(usage.entryRequests()),
                    MathContext.DECIMAL64);
        }

        @Override
        public String describe() {
            return String.format("%,d requests a month at the entry points", perMonth);
        }
    }

    /** The run's traffic per second, kept up for a whole month. */
    record RunPace() implements MonthlyVolume {

        @Override
        public BigDecimal factor(Usage usage) {
            if (usage.observedOver().isZero()) {
                throw new IllegalArgumentException("the run has lasted no time yet, so it has no pace to keep up");
            }
            return BigDecimal.valueOf(MONTH.toMillis()).divide(BigDecimal.valueOf(usage.observedOver().toMillis()),
                    MathContext.DECIMAL64);
        }

        @Override
        public String describe() {
            return "this run's pace kept up for a month (730 hours)";
        }
    }

    /** The run's traffic times {@code times}. */
    record Factor(BigDecimal times) implements MonthlyVolume {

        @Override
        public BigDecimal factor(Usage usage) {
            return times;
        }

        @Override
        public String describe() {
            return "this run's traffic × " + times.toPlainString();
        }
    }
}
