package studio.serverless.canvas.view;

import java.util.List;

import studio.serverless.model.validation.Severity;

/**
 * What validation says about one element: how many errors and warnings concern it and their messages.
 *
 * @param errors   the number of errors
 * @param warnings the number of warnings
 * @param messages one line per diagnostic, worst first, e.g. "Error: ..."
 */
public record DiagnosticMark(int errors, int warnings, List<String> messages) {

    /** Copies the messages. */
    public DiagnosticMark {
        messages = List.copyOf(messages);
    }

    /** The worst severity: an error when there is one, else a warning. */
    public Severity worst() {
        return errors > 0 ? Severity.ERROR : Severity.WARNING;
    }

    /** The number shown on the badge: errors and warnings together. */
    public int count() {
        return errors + warnings;
    }

    /** The tooltip text: the messages, one per line. */
    public String tooltip() {
        return String.join("\n", messages);
    }
}
