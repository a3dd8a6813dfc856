package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * An on-success or on-failure destination on a function that nothing invokes asynchronously: destinations only
 * apply to asynchronous invocations (and, for on-failure, to DynamoDB and Kinesis stream event sources).
 */
public final class LambdaDestinationWithoutAsyncRule implements ValidationRule {

    @Override
    public String id() {
        return "lambda-destination-without-async";
    }

    @Override
    public String description() {
        return "A function with a destination is invoked asynchronously, so the destination can ever be used.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            List<Connection> incoming = context.incoming(function.id());
            boolean asynchronous = incoming.stream()
                    .anyMatch(AsyncWithoutFailureDestinationRule::isAsynchronousTrigger);
            boolean stream = incoming.stream().anyMatch(in -> in.type() == ConnectionType.DYNAMODB_STREAM
                    || in.type() == ConnectionType.KINESIS_STREAM);
            for (Connection destination : context.outgoing(function.id())) {
                boolean unused = (destination.type() == ConnectionType.ON_SUCCESS && !asynchronous)
                        || (destination.type() == ConnectionType.ON_FAILURE && !asynchronous && !stream);
                if (unused) {
                    diagnostics.add(unusedDestination(context, function, destination));
                }
            }
        }
        return diagnostics;
    }

    private Diagnostic unusedDestination(ValidationContext context, Service function, Connection destination) {
        ServiceId target = destination.target();
        return new Diagnostic(id(), Severity.WARNING, List.of(destination.id(), function.id(), target),
                "The " + destination.type().displayName() + " of " + ElementProperties.quoted(function) + " (to "
                        + ElementProperties.quoted(context.service(target)) + ") will never be used: Lambda sends"
                        + " to destinations only for asynchronous invocations (S3, SNS, EventBridge)"
                        + (destination.type() == ConnectionType.ON_FAILURE ? " and stream event sources" : "")
                        + ", and nothing in the diagram invokes this function that way; API routes, queues and state"
                        + " machine tasks report failures to their caller instead.",
                "Remove the destination, or invoke the function asynchronously; for an SQS trigger give the queue a"
                        + " dead-letter queue instead.");
    }
}
