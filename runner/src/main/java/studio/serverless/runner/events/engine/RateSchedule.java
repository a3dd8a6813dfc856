package studio.serverless.runner.events.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code rate(value unit)}: every {@code value} minutes, hours or days, counted from when the rule was put. As on
 * AWS, a value of 1 takes the singular unit and any other value the plural.
 *
 * @param period the time between firings
 */
record RateSchedule(Duration period) implements Schedule {

    static RateSchedule of(long value, String unit) {
        boolean singular = !unit.endsWith("s");
        if (value < 1 || singular != (value == 1)) {
            throw Schedule.invalid();
        }
        Duration period = switch (unit.replaceAll("s$", "")) {
            case "minute" -> Duration.ofMinutes(value);
            case "hour" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
        return new RateSchedule(period);
    }

    @Override
    public Instant nextAfter(Instant after) {
        return after.plus(period);
    }
}
