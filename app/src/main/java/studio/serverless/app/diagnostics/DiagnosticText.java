package studio.serverless.app.diagnostics;

import studio.serverless.model.validation.Diagnostic;

/** A diagnostic as text, the same on the command line and in the window. */
public final class DiagnosticText {

    private DiagnosticText() {
    }

    /** The diagnostic in one line: {@code severity rule-id: message}, e.g. {@code warning sqs-dlq: ...}. */
    public static String headline(Diagnostic diagnostic) {
        return diagnostic.severity().label() + " " + diagnostic.ruleId() + ": " + diagnostic.message();
    }

    /** The suggested fix as a line of its own, {@code fix: ...}, or empty when the rule suggests none. */
    public static String fixLine(Diagnostic diagnostic) {
        return diagnostic.fix().isBlank() ? "" : "fix: " + diagnostic.fix();
    }
}
