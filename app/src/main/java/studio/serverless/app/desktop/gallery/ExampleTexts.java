package studio.serverless.app.desktop.gallery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and descriptions of the examples, taken from the examples' README: each example there has a paragraph
 * starting {@code **name** (`name.studio.json`) — what it is: what a learner sees}. The README is the one place
 * these texts live, so the gallery and the documentation never disagree.
 */
final class ExampleTexts {

    private static final Pattern ENTRY = Pattern.compile(
            "^\\*\\*[^*]+\\*\\* \\(`([^`]+\\.studio\\.json)`\\) — (.+)$", Pattern.MULTILINE);
    private static final Set<String> ACRONYMS = Set.of("api", "crud", "sns", "sqs", "s3", "etl", "http");

    private final Map<String, String> descriptions = new HashMap<>();

    private ExampleTexts(String readme) {
        for (String paragraph : readme.split("\\R\\s*\\R")) {
            Matcher entry = ENTRY.matcher(paragraph.strip().replaceAll("\\s*\\R\\s*", " "));
            if (entry.matches()) {
                descriptions.put(entry.group(1), capitalised(plain(entry.group(2))));
            }
        }
    }

    /** The texts of a README (empty text: no descriptions). */
    static ExampleTexts of(String readme) {
        return new ExampleTexts(readme);
    }

    /** The file names the README describes. */
    Set<String> fileNames() {
        return Set.copyOf(descriptions.keySet());
    }

    /** The example built from a file's name and text, described by the README when it knows the file. */
    Example example(String fileName, String content) {
        String description = descriptions.getOrDefault(fileName, "");
        return new Example(fileName, title(fileName), summary(description), description, content);
    }

    /** {@code crud-api.studio.json} becomes "CRUD API", {@code queue-orders.studio.json} "Queue orders". */
    static String title(String fileName) {
        String stem = fileName.substring(0, fileName.length() - ".studio.json".length());
        StringBuilder title = new StringBuilder();
        for (String word : stem.split("[-_ ]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT) : lower;
            title.append(title.isEmpty() ? capitalised(shown) : " " + shown);
        }
        return title.toString();
    }

    /** The description up to its first colon: what the example is, without what it teaches. */
    private static String summary(String description) {
        int colon = description.indexOf(": ");
        return capitalised(colon < 0 ? description : description.substring(0, colon));
    }

    /** Markdown to plain text: code spans and emphasis lose their marks, links keep their words. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^]]+)]\\([^)]*\\)", "$1").replace("`", "").replace("**", "")
                .replaceAll("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])", "$1");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
