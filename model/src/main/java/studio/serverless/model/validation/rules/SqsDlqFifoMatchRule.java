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

/** A queue and its dead-letter queue are of the same type: both FIFO or both standard, as SQS requires. */
public final class SqsDlqFifoMatchRule implements ValidationRule {

    @Override
    public String id() {
        return "sqs-dlq-fifo-match";
    }

    @Override
    public String description() {
        return "A FIFO queue's dead-letter queue is FIFO, and a standard queue's is standard.";
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
            if (queue.properties().bool("fifo") != deadLetters.properties().bool("fifo")) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR,
                        List.of(redrive.id(), queue.id(), deadLetters.id()),
                        RuleText.named(queue) + " is " + RuleText.fifoWord(queue) + " but its dead-letter queue "
                                + RuleText.named(deadLetters) + " is " + RuleText.fifoWord(deadLetters)
                                + ". SQS requires the dead-letter queue of a FIFO queue to be FIFO, and that of a"
                                + " standard queue to be standard; it refuses this redrive policy.",
                        "Use a " + RuleText.fifoWord(queue) + " queue as the dead-letter queue of "
                                + queue.name() + "."));
            }
        }
        return diagnostics;
    }
}
