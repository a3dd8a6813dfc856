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

/**
 * An SQS event source with batches of more than 10 messages has a batching window of at least 1 second, as AWS
 * requires. FIFO queues are left to {@link SqsFifoBatchSizeRule}: they cannot have batches over 10 at all.
 */
public final class SqsBatchWindowRule implements ValidationRule {

    private static final int LARGEST_BATCH_WITHOUT_WINDOW = 10;

    @Override
    public String id() {
        return "sqs-batch-window";
    }

    @Override
    public String description() {
        return "An SQS event source with a batch size over 10 has a batching window of at least 1 second.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connection source : context.connections(ConnectionType.SQS_EVENT_SOURCE)) {
            Service queue = context.service(source.source());
            int batchSize = source.properties().integer("batchSize").orElse(0);
            int window = source.properties().integer("maximumBatchingWindow").orElse(0);
            if (!queue.properties().bool("fifo") && batchSize > LARGEST_BATCH_WITHOUT_WINDOW && window < 1) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(source.id(), queue.id()),
                        "The SQS event source on " + RuleText.named(queue) + " has a batch size of " + batchSize
                                + " but a batching window of " + window + " s. For batches over "
                                + LARGEST_BATCH_WITHOUT_WINDOW + " messages AWS requires a batching window of at"
                                + " least 1 second, so that Lambda can gather a batch; it refuses the event"
                                + " source mapping otherwise.",
                        "Set Batching window to 1 second or more, or Batch size to 10 or less."));
            }
        }
        return diagnostics;
    }
}
