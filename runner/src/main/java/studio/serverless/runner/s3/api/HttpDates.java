package studio.serverless.runner.s3.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The two date formats of S3: HTTP dates in headers, ISO 8601 with milliseconds in XML. */
final class HttpDates {

    private static final DateTimeFormatter HTTP = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter XML = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    static String header(Instant instant) {
        return HTTP.format(instant);
    }

    static String xml(Instant instant) {
        return XML.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A header date, or null when absent or unparseable (S3 then ignores the condition). */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
