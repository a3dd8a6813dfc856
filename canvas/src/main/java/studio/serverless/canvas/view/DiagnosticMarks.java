package studio.serverless.canvas.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/**
 * Diagnostics grouped by the element they concern, for the badges. Errors and warnings count; information does
 * not mark an element (it shows only in the problems panel).
 */
public final class DiagnosticMarks {

    private DiagnosticMarks() {
    }

    /** The mark of every element that an error or warning concerns. */
    public static Map<ElementId, DiagnosticMark> of(List<Diagnostic> diagnostics) {
        Map<ElementId, List<Diagnostic>> byElement = new HashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.INFO) {
                continue;
            }
            for (ElementId element : diagnostic.elements()) {
                byElement.computeIfAbsent(element, key -> new ArrayList<>()).add(diagnostic);
            }
        }
        Map<ElementId, DiagnosticMark> marks = new HashMap<>();
        byElement.forEach((element, list) -> marks.put(element, mark(list)));
        return marks;
    }

    private static DiagnosticMark mark(List<Diagnostic> diagnostics) {
        List<Diagnostic> worstFirst = diagnostics.stream()
                .sorted(Comparator.comparing(Diagnostic::severity)).distinct().toList();
        int errors = (int) worstFirst.stream().filter(d -> d.severity() == Severity.ERROR).count();
        List<String> messages = worstFirst.stream().map(DiagnosticMarks::line).toList();
        return new DiagnosticMark(errors, worstFirst.size() - errors, messages);
    }

    private static String line(Diagnostic diagnostic) {
        String label = diagnostic.severity().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": " + diagnostic.message();
    }
}
