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

/** A FIFO topic subscribes no Lambda function: SNS FIFO topics deliver to SQS queues only. */
public final class SnsFifoSubscriberRule implements ValidationRule {

    @Override
    public String id() {
        return "sns-fifo-subscriber";
    }

    @Override
    public String description() {
        return "A FIFO SNS topic delivers only to SQS queues, never directly to a function.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connection subscription : context.connections(ConnectionType.SNS_SUBSCRIPTION)) {
            Service topic = context.service(subscription.source());
            Service subscriber = context.service(subscription.target());
            if (topic.properties().bool("fifo") && subscriber.kind() == ServiceKind.LAMBDA_FUNCTION) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR,
                        List.of(subscription.id(), topic.id(), subscriber.id()),
                        "FIFO " + RuleText.named(topic) + " subscribes " + RuleText.named(subscriber)
                                + ", but SNS FIFO topics deliver only to SQS queues; SNS refuses a Lambda"
                                + " subscription on a FIFO topic.",
                        "Subscribe a FIFO SQS queue to the topic and let it trigger the function (which keeps"
                                + " the order), or make the topic standard."));
            }
        }
        return diagnostics;
    }
}
