package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A table, bucket, queue, topic or stream with no connection at all: nothing reads or writes it. */
public final class UnusedResourceRule implements ValidationRule {

    private static final List<ServiceKind> RESOURCES = List.of(ServiceKind.DYNAMODB_TABLE, ServiceKind.S3_BUCKET,
            ServiceKind.SQS_QUEUE, ServiceKind.SNS_TOPIC, ServiceKind.KINESIS_STREAM);

    @Override
    public String id() {
        return "unused-resource";
    }

    @Override
    public String description() {
        return "Every table, bucket, queue, topic and stream is connected to something.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ServiceKind kind : RESOURCES) {
            for (Service resource : context.services(kind)) {
                if (context.incoming(resource.id()).isEmpty() && context.outgoing(resource.id()).isEmpty()) {
                    diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(resource.id()),
                            "Nothing reads or writes the " + kind.displayName() + " " + ElementProperties.quoted(
                                    resource) + ": it has no connection, yet it would be deployed (and may cost"
                                    + " money, e.g. a stream's shard hours or a provisioned table's capacity).",
                            "Connect it to the functions that use it, or remove it."));
                }
            }
        }
        return diagnostics;
    }
}
