package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.diagnostics.DiagnosticText;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.diagnostics.ValidationSummary;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * What the main window shows about the open diagram until the designer exists: the window title, how many
 * services the diagram has, its validation counts and its diagnostics, or why a file could not be opened.
 */
public final class DiagramOverviewViewModel {

    /** The application's name, the end of every window title. */
    public static final String APP_NAME = "Serverless Studio";

    private final DiagramLoader loader;
    private final Validator validator;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyBooleanWrapper diagramOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> diagnostics = FXCollections.observableArrayList();

    /** A view model reading files with the loader and checking diagrams with the validator. */
    public DiagramOverviewViewModel(DiagramLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    /** Shows a new, empty diagram. */
    public void newDiagram() {
        show("Untitled", new Diagram());
    }

    /** Opens a diagram file; when it cannot be read, keeps what was shown and sets {@link #problemProperty()}. */
    public void open(Path file) {
        try {
            show(String.valueOf(file.getFileName()), loader.load(file));
        } catch (DiagramFormatException e) {
            problem.set(e.getMessage());
        }
    }

    private void show(String name, Diagram diagram) {
        List<Diagnostic> found = validator.validate(diagram);
        title.set(name + " — " + APP_NAME);
        summary.set(name + ": " + services(diagram.services().size()) + ", "
                + ValidationSummary.of(found).describe());
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : found) {
            String fix = DiagnosticText.fixLine(diagnostic);
            lines.add(DiagnosticText.headline(diagnostic) + (fix.isEmpty() ? "" : "\n  " + fix));
        }
        diagnostics.setAll(lines);
        problem.set("");
        diagramOpen.set(true);
    }

    private static String services(int count) {
        return count + (count == 1 ? " service" : " services");
    }

    /** The window title, e.g. {@code orders.studio.json — Serverless Studio}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether a diagram is shown (otherwise the window invites the user to open one). */
    public ReadOnlyBooleanProperty diagramOpenProperty() {
        return diagramOpen.getReadOnlyProperty();
    }

    /** One line about the diagram, e.g. {@code orders.studio.json: 3 services, 0 errors, 1 warning}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last file could not be opened, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The diagnostics of the diagram, errors first, each with its fix on a second line; unmodifiable. */
    public ObservableList<String> diagnostics() {
        return FXCollections.unmodifiableObservableList(diagnostics);
    }
}
