package studio.serverless.runner.events.engine;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule's schedule: when it next fires after a given instant. */
public interface Schedule {

    /** The first firing strictly after {@code after}, or null when there is none (a cron of past years). */
    Instant nextAfter(Instant after);

    /**
     * Parses {@code rate(value unit)} or {@code cron(minutes hours day-of-month month day-of-week year)};
     * a ValidationException with AWS's message when it is neither.
     */
    static Schedule parse(String expression) {
        Matcher rate = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)").matcher(expression);
        if (rate.matches()) {
            return RateSchedule.of(Long.parseLong(rate.group(1)), rate.group(2));
        }
        Matcher cron = Pattern.compile("cron\\((.*)\\)").matcher(expression);
        if (cron.matches()) {
            return CronSchedule.parse(cron.group(1));
        }
        throw invalid();
    }

    /** AWS's answer to a schedule expression it cannot read. */
    static EventsException invalid() {
        return EventsException.validation("Parameter ScheduleExpression is not valid.");
    }
}
