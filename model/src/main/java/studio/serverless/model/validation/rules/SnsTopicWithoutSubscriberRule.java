package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** An SNS topic nobody subscribes to: SNS keeps no messages, so whatever is published is lost. */
public final class SnsTopicWithoutSubscriberRule implements ValidationRule {

    @Override
    public String id() {
        return "sns-topic-without-subscriber";
    }

    @Override
    public String description() {
        return "Every SNS topic has at least one subscription.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service topic : context.services(ServiceKind.SNS_TOPIC)) {
            if (context.outgoing(topic.id(), ConnectionType.SNS_SUBSCRIPTION).isEmpty()) {
                diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(topic.id()),
                        "The SNS topic " + ElementProperties.quoted(topic) + " has no subscription: SNS does not"
                                + " store messages, so every message published to it is delivered to nobody and"
                                + " lost.",
                        "Subscribe a function or queue to the topic with an SNS subscription, or remove it."));
            }
        }
        return diagnostics;
    }
}
