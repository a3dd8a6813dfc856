package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.InvocationModel;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A function invoked asynchronously (by S3, SNS or EventBridge) with nowhere to send events that keep failing. */
public final class AsyncWithoutFailureDestinationRule implements ValidationRule {

    @Override
    public String id() {
        return "async-without-failure-destination";
    }

    @Override
    public String description() {
        return "A function invoked asynchronously has an on-failure destination or a dead-letter queue.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            List<Connection> asynchronous = context.incoming(function.id()).stream()
                    .filter(AsyncWithoutFailureDestinationRule::isAsynchronousTrigger).toList();
            if (!asynchronous.isEmpty() && context.outgoing(function.id(), ConnectionType.ON_FAILURE).isEmpty()
                    && context.outgoing(function.id(), ConnectionType.DEAD_LETTER_QUEUE).isEmpty()) {
                diagnostics.add(withoutDestination(context, function, asynchronous));
            }
        }
        return diagnostics;
    }

    /** Whether a connection invokes its target asynchronously (S3 notification, SNS subscription, EventBridge). */
    static boolean isAsynchronousTrigger(Connection connection) {
        return connection.type().category() == ConnectionCategory.TRIGGER
                && connection.type().invocationModel() == InvocationModel.ASYNCHRONOUS;
    }

    private Diagnostic withoutDestination(ValidationContext context, Service function, List<Connection> triggers) {
        List<ElementId> elements = new ArrayList<>(List.of(function.id()));
        triggers.forEach(trigger -> elements.add(trigger.id()));
        int retries = ElementProperties.integer(context, function, "asyncMaximumRetryAttempts");
        int maximumAge = ElementProperties.integer(context, function, "asyncMaximumEventAge");
        List<String> sources = triggers.stream().map(trigger -> trigger.type().displayName()).distinct().toList();
        return new Diagnostic(id(), Severity.WARNING, elements,
                "The function " + ElementProperties.quoted(function) + " is invoked asynchronously ("
                        + String.join(", ", sources) + ") but has no on-failure destination and no dead-letter queue: an"
                        + " event that still"
                        + " fails after " + retries + " retries (or waits longer than " + maximumAge + " s) is"
                        + " dropped, and nobody learns about it.",
                "Connect the function to a queue or topic with an on-failure destination (or a dead-letter"
                        + " queue), so failed events are kept with their error.");
    }
}
