package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** An SQS event source reading a FIFO queue asks for at most 10 messages per batch, AWS's limit for FIFO. */
public final class SqsFifoBatchSizeRule implements ValidationRule {

    /** The largest batch Lambda reads from a FIFO queue. */
    static final int MAX_FIFO_BATCH = 10;

    @Override
    public String id() {
        return "sqs-fifo-batch-size";
    }

    @Override
    public String description() {
        return "An SQS event source on a FIFO queue has a batch size of at most 10.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connection source : context.connections(ConnectionType.SQS_EVENT_SOURCE)) {
            Service queue = context.service(source.source());
            int batchSize = source.properties().integer("batchSize").orElse(MAX_FIFO_BATCH);
            if (queue.properties().bool("fifo") && batchSize > MAX_FIFO_BATCH) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(source.id(), queue.id()),
                        "The SQS event source on FIFO " + RuleText.named(queue) + " has a batch size of "
                                + batchSize + ", but Lambda reads at most " + MAX_FIFO_BATCH + " messages per batch"
                                + " from a FIFO queue; AWS refuses to create the event source mapping.",
                        "Set Batch size to 10 or less."));
            }
        }
        return diagnostics;
    }
}
