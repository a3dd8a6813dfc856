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
 * A queue triggering a function whose visibility timeout is too short for the function: below the function's
 * timeout Lambda refuses the event source mapping; below six times it (plus the batching window, as AWS
 * recommends) a slow batch reappears in the queue and is processed twice.
 */
public final class SqsVisibilityTimeoutRule implements ValidationRule {

    /** AWS's recommended ratio of the queue's visibility timeout to the function's timeout. */
    static final int RECOMMENDED_RATIO = 6;

    @Override
    public String id() {
        return "sqs-visibility-timeout";
    }

    @Override
    public String description() {
        return "A queue that triggers a function hides messages for at least six times the function's timeout.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service queue : context.services(ServiceKind.SQS_QUEUE)) {
            for (Connection trigger : context.outgoing(queue.id(), ConnectionType.SQS_EVENT_SOURCE)) {
                check(context, queue, trigger, diagnostics);
            }
        }
        return diagnostics;
    }

    private void check(ValidationContext context, Service queue, Connection trigger, List<Diagnostic> diagnostics) {
        Service function = context.service(trigger.target());
        int visibility = ElementProperties.integer(context, queue, "visibilityTimeout");
        int timeout = ElementProperties.integer(context, function, "timeout");
        int window = trigger.properties().integer("maximumBatchingWindow").orElse(0);
        int recommended = RECOMMENDED_RATIO * timeout + window;
        String numbers = "The queue " + ElementProperties.quoted(queue) + " hides a received message for "
                + visibility + " s, but the function " + ElementProperties.quoted(function) + " may run for "
                + timeout + " s";
        String fix = "Raise the queue's visibility timeout to at least " + recommended + " s (6 x " + timeout
                + " s" + (window > 0 ? " + " + window + " s batching window" : "") + "), or lower the function's"
                + " timeout.";
        if (visibility < timeout) {
            diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(queue.id(), trigger.id(), function.id()),
                    numbers + ": Lambda refuses an SQS event source whose visibility timeout is shorter than the"
                            + " function's timeout, because messages would reappear while still being processed.",
                    fix));
        } else if (visibility < recommended) {
            diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(queue.id(), trigger.id(), function.id()),
                    numbers + ". AWS recommends at least six times the function's timeout (" + recommended + " s),"
                            + " so that a batch retried after throttling or a slow run does not reappear and get"
                            + " processed twice.",
                    fix));
        }
    }
}
