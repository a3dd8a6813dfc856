package studio.serverless.app.desktop.run.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs written one a line, {@code Name: value} (headers) or {@code name=value} (query parameters, attributes);
 * blank lines are skipped, and a line without the separator or without a name is a problem naming its line.
 *
 * @param pairs    the pairs read, in order (a repeated name keeps its last value)
 * @param problems what is wrong, one message per bad line
 */
public record NameValueLines(Map<String, String> pairs, List<String> problems) {

    /** Copies the pairs and problems. */
    public NameValueLines {
        pairs = Map.copyOf(pairs);
        problems = List.copyOf(problems);
    }

    /** Reads {@code text}, each line split at the first {@code separator}. */
    public static NameValueLines parse(String text, char separator) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int at = line.indexOf(separator);
            if (at <= 0 || line.substring(0, at).isBlank()) {
                problems.add("line " + (i + 1) + ": expected " + (separator == ':' ? "Name: value" : "name=value")
                        + ", found '" + line.strip() + "'");
            } else {
                pairs.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
            }
        }
        return new NameValueLines(pairs, problems);
    }
}
