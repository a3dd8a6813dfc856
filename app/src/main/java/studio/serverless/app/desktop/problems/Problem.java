package studio.serverless.app.desktop.problems;

import java.util.List;

import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.validation.Severity;

/**
 * One row of the problems panel.
 *
 * @param severity how serious it is
 * @param message  what is wrong and why it matters, followed by the suggested fix
 * @param element  the elements concerned as a person reads them, e.g. {@code orders-fn} or
 *                 {@code orders → orders-fn}; empty when the problem concerns the whole diagram
 * @param elements the ids to select when the row is chosen, most important first
 */
public record Problem(Severity severity, String message, String element, List<ElementId> elements) {

    /** Copies the ids. */
    public Problem {
        elements = List.copyOf(elements);
    }
}
