package studio.serverless.runner.apigateway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A route's path as segments: literals, {@code {name}} (one segment) and a final {@code {name+}} (the rest). */
record PathPattern(List<String> segments) {

    static PathPattern parse(String path) {
        return new PathPattern(split(path));
    }

    boolean greedy() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
    }

    long literalSegments() {
        return segments.stream().filter(segment -> !segment.startsWith("{")).count();
    }

    /** Whether {@code path} matches; if so, the bound parameters are put in {@code parameters}. */
    boolean matches(String path, Map<String, String> parameters) {
        List<String> actual = split(path);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.endsWith("+}")) {
                if (i >= actual.size()) {
                    return false;
                }
                parameters.put(name(segment), String.join("/", actual.subList(i, actual.size())));
                return true;
            }
            if (i >= actual.size()) {
                return false;
            }
            if (segment.startsWith("{")) {
                parameters.put(name(segment), actual.get(i));
            } else if (!segment.equals(actual.get(i))) {
                return false;
            }
        }
        return actual.size() == segments.size();
    }

    private static String name(String segment) {
        return segment.substring(1, segment.length() - (segment.endsWith("+}") ? 2 : 1));
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }
}
