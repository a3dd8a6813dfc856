package studio.serverless.runner.events.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** AWS's rate and six-field cron expressions: when each fires next, and which are refused. */
class ScheduleExpressionTest {

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource({
        "cron(0 12 * * ? *),         2026-01-01T00:00:00Z, 2026-01-01T12:00:00Z",
        "cron(0 12 * * ? *),         2026-01-01T12:00:00Z, 2026-01-02T12:00:00Z",
        "cron(0/15 * * * ? *),       2026-01-01T00:07:30Z, 2026-01-01T00:15:00Z",
        "cron(0 18 ? * MON-FRI *),   2026-01-02T18:00:00Z, 2026-01-05T18:00:00Z",
        "cron(0 8 1 * ? *),          2026-01-01T08:00:00Z, 2026-02-01T08:00:00Z",
        "cron(15 10 ? * 6L 2026),    2026-01-01T00:00:00Z, 2026-01-30T10:15:00Z",
        "cron(0 10 L * ? *),         2026-02-01T00:00:00Z, 2026-02-28T10:00:00Z",
        "cron(0 9 15W * ? *),        2026-02-01T00:00:00Z, 2026-02-16T09:00:00Z",
        "cron(0 9 1W * ? *),         2026-07-15T00:00:00Z, 2026-08-03T09:00:00Z",
        "cron(30 23 LW * ? *),       2026-01-01T00:00:00Z, 2026-01-30T23:30:00Z",
        "cron(0 9 ? * 2#1 *),        2026-01-01T00:00:00Z, 2026-01-05T09:00:00Z",
        "cron(0 9 ? * TUE#2 *),      2026-01-01T00:00:00Z, 2026-01-13T09:00:00Z",
        "cron(0 0 1 JAN ? 2027),     2026-06-01T00:00:00Z, 2027-01-01T00:00:00Z",
        "cron(0 0 29 2 ? *),         2026-01-01T00:00:00Z, 2028-02-29T00:00:00Z",
        "cron(0 22 ? * FRI-MON *),   2026-01-06T00:00:00Z, 2026-01-09T22:00:00Z",
        "cron(5-10/5 1 * NOV-FEB ? *), 2026-02-28T01:10:00Z, 2026-11-01T01:05:00Z",
        "rate(1 minute),             2026-01-01T00:00:00Z, 2026-01-01T00:01:00Z",
        "rate(5 minutes),            2026-01-01T00:00:30Z, 2026-01-01T00:05:30Z",
        "rate(2 hours),              2026-01-01T00:00:00Z, 2026-01-01T02:00:00Z",
        "rate(1 day),                2026-01-01T00:00:00Z, 2026-01-02T00:00:00Z"})
    void anExpressionFiresNextWhenAwsWouldFireIt(String expression, Instant after, Instant next) {
        assertEquals(next, Schedule.parse(expression).nextAfter(after));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(0 12 * * * *)", "cron(0 12 ? * ? *)", "cron(60 * * * ? *)", "cron(0 12 * *)",
        "cron(0 24 * * ? *)", "cron(0 12 32 * ? *)", "cron(0 12 ? * 8 *)", "cron(0 12 ? * MON#6 *)",
        "cron(a b c d e f)", "cron(0 12 * FOO ? *)", "rate(1 minutes)", "rate(2 hour)", "rate(0 minutes)",
        "rate(5 weeks)", "every 5 minutes", "cron(0 12 * * ? 1969)", "cron(*/0 * * * ? *)"})
    void aMalformedExpressionIsAValidationError(String expression) {
        EventsException error = assertThrows(EventsException.class, () -> Schedule.parse(expression));

        assertEquals(EventsError.VALIDATION, error.error());
        assertEquals("Parameter ScheduleExpression is not valid.", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(0 0 1 1 ? 2020)"})
    void aCronOfPastYearsNeverFires(String expression) {
        assertNull(Schedule.parse(expression).nextAfter(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(* * * * ? *)"})
    void everyMinuteFiresOnTheNextMinuteBoundary(String expression) {
        Instant after = Instant.parse("2026-03-04T05:06:59Z");

        assertEquals(after.plus(Duration.ofSeconds(1)), Schedule.parse(expression).nextAfter(after));
    }
}
