package studio.serverless.app.desktop.status;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The texts of the status bar: zoom, counts, problems and the unsaved marker. */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper zoom = new ReadOnlyStringWrapper("100%");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");

    /** Shows a zoom factor (1 is 100%) as a whole percentage. */
    public void showZoom(double factor) {
        zoom.set(Math.round(factor * 100) + "%");
    }

    /** Shows the diagram's counts, its problems and whether it has unsaved changes. */
    public void show(Diagram diagram, List<Diagnostic> diagnostics, boolean dirty) {
        counts.set(plural(diagram.services().size(), "service") + " · "
                + plural(diagram.connections().size(), "connection"));
        problems.set(plural(count(diagnostics, Severity.ERROR), "error") + " · "
                + plural(count(diagnostics, Severity.WARNING), "warning"));
        saved.set(dirty ? "● Unsaved changes" : "Saved");
    }

    /** E.g. {@code 125%}. */
    public ReadOnlyStringProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** E.g. {@code 2 services · 1 connection}. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** E.g. {@code 0 errors · 1 warning}. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** {@code ● Unsaved changes} or {@code Saved}. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
