package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A queue that triggers a function but has no dead-letter queue for the messages that keep failing. */
public final class SqsTriggerWithoutDeadLetterQueueRule implements ValidationRule {

    private static final int SECONDS_PER_DAY = 86_400;

    @Override
    public String id() {
        return "sqs-trigger-without-dlq";
    }

    @Override
    public String description() {
        return "A queue that triggers a function has a dead-letter queue.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service queue : context.services(ServiceKind.SQS_QUEUE)) {
            List<Connection> triggers = context.outgoing(queue.id(), ConnectionType.SQS_EVENT_SOURCE);
            if (!triggers.isEmpty() && context.outgoing(queue.id(), ConnectionType.DEAD_LETTER_QUEUE).isEmpty()) {
                diagnostics.add(withoutDeadLetterQueue(context, queue, triggers));
            }
        }
        return diagnostics;
    }

    private Diagnostic withoutDeadLetterQueue(ValidationContext context, Service queue, List<Connection> triggers) {
        List<ElementId> elements = new ArrayList<>(List.of(queue.id()));
        triggers.forEach(trigger -> elements.add(trigger.id()));
        int retention = ElementProperties.integer(context, queue, "messageRetentionPeriod");
        return new Diagnostic(id(), Severity.WARNING, elements,
                "The queue " + ElementProperties.quoted(queue) + " triggers a function but has no dead-letter"
                        + " queue: a message the function always fails on (a poison message) returns to the queue"
                        + " and is retried, and billed, again and again until its retention of " + retention
                        + " s (" + String.format(Locale.ROOT, "%.1f", retention / (double) SECONDS_PER_DAY)
                        + " days) expires, and then it is lost.",
                "Add a second queue and connect this one to it with a dead-letter queue connection (a maximum of"
                        + " about 5 receives is usual).");
    }
}
