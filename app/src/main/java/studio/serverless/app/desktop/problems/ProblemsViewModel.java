package studio.serverless.app.desktop.problems;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/** The rows of the problems panel and its heading, from a diagram's diagnostics. */
public final class ProblemsViewModel {

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Problems");

    /** Shows the diagnostics of a diagram, in their order (errors first). */
    public void show(Diagram diagram, List<Diagnostic> diagnostics) {
        problems.setAll(diagnostics.stream().map(diagnostic -> problem(diagram, diagnostic)).toList());
        heading.set(problems.isEmpty() ? "Problems: none" : "Problems: " + count(Severity.ERROR, "error") + ", "
                + count(Severity.WARNING, "warning") + (count(Severity.INFO) > 0 ? ", " + count(Severity.INFO, "note")
                : ""));
    }

    /** The rows; unmodifiable. */
    public ObservableList<Problem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** The panel heading, e.g. {@code Problems: 1 error, 2 warnings}. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** How many rows have this severity. */
    public long count(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).count();
    }

    private String count(Severity severity, String noun) {
        long count = count(severity);
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static Problem problem(Diagram diagram, Diagnostic diagnostic) {
        String message = diagnostic.fix().isBlank() ? diagnostic.message()
                : diagnostic.message() + " Fix: " + diagnostic.fix();
        String element = diagnostic.elements().stream().map(id -> describe(diagram, id))
                .collect(Collectors.joining(", "));
        return new Problem(diagnostic.severity(), message, element, diagnostic.elements());
    }

    /** A service by its name, a connection by its ends, e.g. {@code orders → orders-fn}. */
    static String describe(Diagram diagram, ElementId id) {
        if (id instanceof ServiceId service) {
            return diagram.service(service).map(found -> found.name()).orElse(id.value());
        }
        return diagram.connection((ConnectionId) id)
                .map(connection -> describe(diagram, connection.source()) + " → "
                        + describe(diagram, connection.target()))
                .orElse(id.value());
    }
}
