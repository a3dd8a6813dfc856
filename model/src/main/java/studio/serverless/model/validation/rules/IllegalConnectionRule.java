package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A connection whose type is not legal between the kinds of its two ends (as a hand-edited file may hold). */
public final class IllegalConnectionRule implements ValidationRule {

    @Override
    public String id() {
        return "illegal-connection";
    }

    @Override
    public String description() {
        return "Every connection is one the catalogue allows between the kinds of its two services.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connection connection : context.diagram().connections()) {
            if (context.spec(connection).isEmpty()) {
                ServiceKind source = context.service(connection.source()).kind();
                ServiceKind target = context.service(connection.target()).kind();
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(connection.id()),
                        "A " + connection.type().displayName() + " connection cannot go from a "
                                + source.displayName() + " to a " + target.displayName() + ": AWS has no such"
                                + " integration.",
                        legalAlternatives(context, source, target)));
            }
        }
        return diagnostics;
    }

    private static String legalAlternatives(ValidationContext context, ServiceKind source, ServiceKind target) {
        List<String> legal = context.catalog().connectionsBetween(source, target).stream()
                .map(spec -> spec.type().displayName()).distinct().toList();
        if (legal.isEmpty()) {
            return "Remove the connection; nothing connects a " + source.displayName() + " to a "
                    + target.displayName() + " directly.";
        }
        return "Remove it, or connect them with: " + String.join(", ", legal) + ".";
    }
}
