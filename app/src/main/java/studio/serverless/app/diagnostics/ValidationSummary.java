package studio.serverless.app.diagnostics;

import java.util.List;

import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/**
 * How many diagnostics of each severity a diagram has.
 *
 * @param errors   the number of errors
 * @param warnings the number of warnings
 * @param infos    the number of notes
 */
public record ValidationSummary(int errors, int warnings, int infos) {

    /** Counts the diagnostics by severity. */
    public static ValidationSummary of(List<Diagnostic> diagnostics) {
        return new ValidationSummary(count(diagnostics, Severity.ERROR), count(diagnostics, Severity.WARNING),
                count(diagnostics, Severity.INFO));
    }

    /** Whether any diagnostic is an error, i.e. the architecture would not deploy or would not work. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** The counts in words, e.g. {@code 0 errors, 1 warning}; notes are only mentioned when there are some. */
    public String describe() {
        String counts = plural(errors, "error") + ", " + plural(warnings, "warning");
        return infos == 0 ? counts : counts + ", " + plural(infos, "note");
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
    }

    private static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
