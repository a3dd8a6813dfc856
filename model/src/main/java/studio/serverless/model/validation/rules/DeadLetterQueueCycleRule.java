package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * A queue that is its own dead-letter queue, or has more than one: a redrive policy names exactly one other
 * queue. (Longer loops of dead-letter queues are found by {@link RecursiveLoopRule}.)
 */
public final class DeadLetterQueueCycleRule implements ValidationRule {

    @Override
    public String id() {
        return "dead-letter-queue-cycle";
    }

    @Override
    public String description() {
        return "A queue has at most one dead-letter queue, and it is another queue.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service queue : context.services(ServiceKind.SQS_QUEUE)) {
            List<Connection> deadLetterQueues = context.outgoing(queue.id(), ConnectionType.DEAD_LETTER_QUEUE);
            for (Connection redrive : deadLetterQueues) {
                if (redrive.target().equals(queue.id())) {
                    diagnostics.add(ownDeadLetterQueue(queue, redrive));
                }
            }
            if (deadLetterQueues.size() > 1) {
                diagnostics.add(severalDeadLetterQueues(context, queue, deadLetterQueues));
            }
        }
        return diagnostics;
    }

    private Diagnostic ownDeadLetterQueue(Service queue, Connection redrive) {
        return new Diagnostic(id(), Severity.ERROR, List.of(queue.id(), redrive.id()),
                "The queue " + ElementProperties.quoted(queue) + " is its own dead-letter queue: a message that"
                        + " failed too often would move back into the same queue and be retried forever, which is"
                        + " what a dead-letter queue exists to prevent.",
                "Point the dead-letter queue connection at a separate queue.");
    }

    private Diagnostic severalDeadLetterQueues(ValidationContext context, Service queue, List<Connection> redrives) {
        List<ElementId> elements = new ArrayList<>(List.of(queue.id()));
        List<String> names = new ArrayList<>();
        for (Connection redrive : redrives) {
            elements.add(redrive.id());
            names.add(ElementProperties.quoted(context.service(redrive.target())));
        }
        return new Diagnostic(id(), Severity.ERROR, elements,
                "The queue " + ElementProperties.quoted(queue) + " has " + redrives.size() + " dead-letter queues ("
                        + String.join(", ", names) + "), but an SQS redrive policy names exactly one.",
                "Keep one dead-letter queue connection and remove the others.");
    }
}
