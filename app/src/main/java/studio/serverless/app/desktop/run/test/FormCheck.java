package studio.serverless.app.desktop.run.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a form's values before anything is sent: each message names the field, where in it (line and column
 * for JSON, the line for pairs) and what was expected.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /** The problems of {@code values} for {@code fields}; empty when the request may be sent. */
    public static List<String> problems(List<FormField> fields, FormValues values) {
        List<String> problems = new ArrayList<>();
        for (FormField field : fields) {
            String text = values.text(field.key());
            fieldProblems(field, text).forEach(problem -> problems.add(field.label() + ": " + problem));
        }
        return problems;
    }

    private static List<String> fieldProblems(FormField field, String text) {
        return switch (field.kind()) {
            case JSON -> JsonDocuments.problem(text).stream().toList();
            case OPTIONAL_JSON -> text.isBlank() ? List.of() : JsonDocuments.problem(text).stream().toList();
            case HEADERS -> NameValueLines.parse(text, ':').problems();
            case PAIRS -> NameValueLines.parse(text, '=').problems();
            case NUMBER -> numberProblem(text);
            case FILE -> fileProblem(text);
            case LINE, TEXT, CHOICE -> List.of();
        };
    }

    private static List<String> numberProblem(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        try {
            Integer.parseInt(text.strip());
            return List.of();
        } catch (NumberFormatException e) {
            return List.of("expected a whole number, found '" + text.strip() + "'");
        }
    }

    private static List<String> fileProblem(String text) {
        if (text.isBlank()) {
            return List.of("expected the file to upload, found nothing (choose one with Browse)");
        }
        try {
            return Files.isRegularFile(Path.of(text.strip())) ? List.of()
                    : List.of("no such file: " + text.strip());
        } catch (InvalidPathException e) {
            return List.of("not a file path: " + text.strip());
        }
    }
}
