package studio.serverless.runner.endpoint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} text (a query string or a query-protocol body). */
public final class FormParameters {

    private FormParameters() {
    }

    /** The parameters of {@code encoded}, later duplicates winning; malformed escapes are kept literally. */
    public static Map<String, String> parse(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parseAll(encoded).forEach((name, values) -> parameters.put(name, values.get(values.size() - 1)));
        return Collections.unmodifiableMap(parameters);
    }

    /** The parameters of {@code encoded}, each with all its values in order; malformed escapes kept literally. */
    public static Map<String, List<String>> parseAll(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
