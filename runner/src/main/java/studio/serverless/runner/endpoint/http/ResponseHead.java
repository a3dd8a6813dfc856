package studio.serverless.runner.endpoint.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Builds a response's status line and headers, adding Date, Content-Length and Connection as HTTP/1.1 needs. */
final class ResponseHead {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static volatile CachedDate cachedDate = new CachedDate(0, "");

    private ResponseHead() {
    }

    /**
     * The head's bytes.
     *
     * @param length    the body length; -1 or 0 when there is no body
     * @param keepAlive false to announce that the connection closes after this answer
     */
    static byte[] bytes(int status, Map<String, List<String>> headers, long length, boolean keepAlive) {
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(StatusReasons.of(status)).append("\r\n");
        boolean lengthGiven = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            lengthGiven |= header.getKey().equalsIgnoreCase("Content-Length");
            for (String value : header.getValue()) {
                head.append(safe(header.getKey())).append(": ").append(safe(value)).append("\r\n");
            }
        }
        if (!lengthGiven && status != 204 && status != 304) {
            head.append("Content-Length: ").append(Math.max(length, 0)).append("\r\n");
        }
        head.append("Date: ").append(now()).append("\r\n");
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A header name or value with line breaks removed, so that no value can start a header of its own. */
    private static String safe(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text : text.replace("\r", "").replace("\n", " ");
    }

    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        CachedDate date = cachedDate;
        if (date.second != second) {
            date = new CachedDate(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            cachedDate = date;
        }
        return date.text;
    }

    private record CachedDate(long second, String text) {
    }
}
