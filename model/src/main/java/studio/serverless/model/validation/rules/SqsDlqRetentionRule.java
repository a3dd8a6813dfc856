package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * The dead-letter queue of a standard queue keeps messages longer than the queue itself. In a standard queue a
 * message's age counts from its original enqueue, so a dead-letter queue with the same (or a shorter) retention
 * deletes moved messages early, some at once. FIFO queues are left out: moving a message to a FIFO dead-letter
 * queue resets its enqueue time.
 */
public final class SqsDlqRetentionRule implements ValidationRule {

    private static final String RETENTION = "messageRetentionPeriod";

    @Override
    public String id() {
        return "sqs-dlq-retention";
    }

    @Override
    public String description() {
        return "A standard queue's dead-letter queue keeps messages longer than the queue does.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connection redrive : context.connections(ConnectionType.DEAD_LETTER_QUEUE)) {
            Service queue = context.service(redrive.source());
            Service deadLetters = context.service(redrive.target());
            if (queue.kind() != ServiceKind.SQS_QUEUE || deadLetters.kind() != ServiceKind.SQS_QUEUE) {
                continue; // a function's dead-letter queue or topic: no redrive policy
            }
            int queueRetention = queue.properties().integer(RETENTION).orElse(0);
            int deadLetterRetention = deadLetters.properties().integer(RETENTION).orElse(0);
            if (!queue.properties().bool("fifo") && deadLetterRetention <= queueRetention) {
                diagnostics.add(new Diagnostic(id(), Severity.WARNING,
                        List.of(redrive.id(), deadLetters.id(), queue.id()),
                        "Dead-letter queue " + RuleText.named(deadLetters) + " keeps messages for "
                                + deadLetterRetention + " s, not longer than the " + queueRetention + " s of "
                                + RuleText.named(queue) + ". A message's age counts from when it entered the"
                                + " original queue, so a failed message may expire from the dead-letter queue"
                                + " soon after it arrives, before anyone looks at it; AWS advises a longer"
                                + " retention on the dead-letter queue.",
                        "Set Message retention of " + deadLetters.name() + " above " + queueRetention
                                + " s, e.g. 1209600 s (14 days, the maximum)."));
            }
        }
        return diagnostics;
    }
}
