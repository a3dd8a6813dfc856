package studio.serverless.model.validation;

import java.util.List;

/**
 * One check of a diagram. A rule is stateless and cheap: it reads the diagram through the
 * {@link ValidationContext}, whose indexes make every rule linear in the size of the diagram.
 */
public interface ValidationRule {

    /** The rule's stable id, e.g. {@code sqs-visibility-timeout}; it names the rule in output and docs. */
    String id();

    /** What the rule checks, in one sentence, for the list of rules. */
    String description();

    /** The diagnostics this rule finds in the diagram; empty when all is well. */
    List<Diagnostic> check(ValidationContext context);
}
