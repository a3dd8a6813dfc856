package studio.serverless.app.desktop.run.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.runner.apigateway.ApiRoute;

/**
 * A route's path as a form: one field per path parameter ({@code {id}}, or a greedy {@code {proxy+}} that may
 * hold slashes), or a free path for the catch-all {@code $default} route; filled in, each segment percent-encoded.
 */
final class RoutePath {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}+]+)(\\+?)}");
    private static final String FREE_PATH = "path";

    private final String pattern;

    RoutePath(String pattern) {
        this.pattern = pattern;
    }

    /** The fields: the parameters in order, or the free path. */
    List<FormField> fields() {
        if (pattern.equals(ApiRoute.DEFAULT_ROUTE)) {
            return List.of(FormField.of(FREE_PATH, "Path", FieldKind.LINE, "/"));
        }
        List<FormField> fields = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(pattern);
        while (matcher.find()) {
            fields.add(FormField.of(key(matcher.group(1)), "Path parameter {" + matcher.group(1) + matcher.group(2)
                    + "}", FieldKind.LINE, "example-" + matcher.group(1)));
        }
        return fields;
    }

    /** A parameter left blank, or a free path not starting with a slash. */
    List<String> problems(FormValues values) {
        if (pattern.equals(ApiRoute.DEFAULT_ROUTE)) {
            return values.text(FREE_PATH).startsWith("/") ? List.of()
                    : List.of("Path: expected a path starting with /, found '" + values.text(FREE_PATH) + "'");
        }
        List<String> problems = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(pattern);
        while (matcher.find()) {
            if (values.text(key(matcher.group(1))).isBlank()) {
                problems.add("Path parameter {" + matcher.group(1) + matcher.group(2)
                        + "}: expected a value, found nothing");
            }
        }
        return problems;
    }

    /** The path with each parameter's value, percent-encoded (a greedy one segment by segment). */
    String filled(FormValues values) {
        if (pattern.equals(ApiRoute.DEFAULT_ROUTE)) {
            return values.text(FREE_PATH).strip();
        }
        Matcher matcher = PARAMETER.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.text(key(matcher.group(1))).strip();
            String encoded = matcher.group(2).isEmpty() ? encode(value) : encodeSegments(value);
            matcher.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String key(String parameter) {
        return "path." + parameter;
    }

    private static String encodeSegments(String value) {
        List<String> segments = new ArrayList<>();
        for (String segment : value.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
