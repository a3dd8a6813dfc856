package studio.serverless.model.validation;

import java.util.List;
import java.util.Objects;

import studio.serverless.model.diagram.ElementId;

/**
 * One finding of validation: which rule found it, how serious it is, which services and connections it concerns,
 * a message that teaches why it matters, and a suggested fix.
 *
 * @param ruleId   the id of the rule, e.g. {@code sqs-visibility-timeout}
 * @param severity how serious it is
 * @param elements the services and connections concerned, most important first (may be empty)
 * @param message  what is wrong and why it matters, in full sentences
 * @param fix      what to do about it, in one sentence
 */
public record Diagnostic(String ruleId, Severity severity, List<ElementId> elements, String message, String fix) {

    /** Checks the parts and copies the elements. */
    public Diagnostic {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        elements = List.copyOf(elements);
    }

    /** Whether this diagnostic concerns the element. */
    public boolean concerns(ElementId element) {
        return elements.contains(element);
    }
}
