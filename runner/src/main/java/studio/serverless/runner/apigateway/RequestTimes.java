package studio.serverless.runner.apigateway;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The request time as API Gateway writes it into proxy events ({@code 29/Nov/2026:09:00:00 +0000}), formatted once
 * a second: a {@link DateTimeFormatter} costs more than the rest of the event.
 */
final class RequestTimes {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private RequestTimes() {
    }

    /** {@code received} to the second, in API Gateway's format. */
    static String format(Instant received) {
        long second = received.getEpochSecond();
        Formatted formatted = last;
        if (formatted.second != second) {
            formatted = new Formatted(second, REQUEST_TIME.format(Instant.ofEpochSecond(second)));
            last = formatted;
        }
        return formatted.text;
    }

    private record Formatted(long second, String text) {
    }
}
