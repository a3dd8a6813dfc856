package studio.serverless.app.desktop.run.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A query string from name/value pairs, each part percent-encoded. */
final class QueryString {

    private QueryString() {
    }

    /** {@code ?a=1&b=two%20words}, or empty text for no pairs. */
    static String of(Map<String, String> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        return pairs.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
