package studio.serverless.runner.provision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.AsyncSettings;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.engine.LambdaEngine;

/**
 * Registers the diagram's functions with their runtime, handler, memory, timeout and reserved concurrency (unset:
 * {@link FunctionConfiguration#DEFAULT_CONCURRENCY}), their code and variables from {@link FunctionSources}.
 * Registering again replaces a function, so provisioning after an edit loads the new code. Asynchronous retries,
 * maximum event age and the on-success / on-failure destinations drawn from the function are configured too.
 */
final class FunctionProvisioner implements ResourceProvisioner {

    private final LambdaEngine lambda;
    private final FunctionSources sources;

    FunctionProvisioner(LambdaEngine lambda, FunctionSources sources) {
        this.lambda = lambda;
        this.sources = sources;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.LAMBDA_FUNCTION) {
                lambda.register(configuration(service, sources.of(service)));
                lambda.configureAsync(service.name(), asyncSettings(diagram, service));
                created.add(new ProvisionedResource(ServiceKind.LAMBDA_FUNCTION, service.name(),
                        lambda.arn(service.name())));
            }
        }
        return created;
    }

    static FunctionConfiguration configuration(Service function, FunctionSource source) {
        PropertyValues values = function.properties();
        return new FunctionConfiguration(function.name(), textOr(values, "runtime", "python3.13"),
                textOr(values, "handler", "app.handler"), source.codeFolder(),
                values.integer("memorySize").orElse(FunctionConfiguration.DEFAULT_MEMORY_MEGABYTES),
                values.integer("timeout").map(Duration::ofSeconds).orElse(FunctionConfiguration.DEFAULT_TIMEOUT),
                values.integer("reservedConcurrency").orElse(FunctionConfiguration.DEFAULT_CONCURRENCY),
                source.environment());
    }

    private AsyncSettings asyncSettings(Diagram diagram, Service function) {
        PropertyValues values = function.properties();
        String onSuccess = null;
        String onFailure = null;
        String deadLetterTarget = null;
        for (Connection connection : diagram.connectionsOf(function.id())) {
            if (connection.source().equals(function.id())) {
                String arn = destinationArn(diagram.require(connection.target()));
                onSuccess = connection.type() == ConnectionType.ON_SUCCESS ? arn : onSuccess;
                onFailure = connection.type() == ConnectionType.ON_FAILURE ? arn : onFailure;
                deadLetterTarget = connection.type() == ConnectionType.DEAD_LETTER_QUEUE ? arn : deadLetterTarget;
            }
        }
        return new AsyncSettings(values.integer("asyncMaximumRetryAttempts").orElse(2),
                Duration.ofSeconds(values.integer("asyncMaximumEventAge").orElse(21_600)), onSuccess, onFailure,
                deadLetterTarget);
    }

    private String destinationArn(Service target) {
        String scope = LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":";
        return switch (target.kind()) {
            case SQS_QUEUE -> "arn:aws:sqs:" + scope + target.name();
            case SNS_TOPIC -> "arn:aws:sns:" + scope + target.name();
            case LAMBDA_FUNCTION -> lambda.arn(target.name());
            default -> "arn:aws:" + target.kind() + ":" + scope + target.name();
        };
    }

    private static String textOr(PropertyValues values, String name, String fallback) {
        String value = values.text(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
