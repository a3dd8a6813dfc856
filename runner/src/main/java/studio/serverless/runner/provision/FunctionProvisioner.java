package studio.serverless.runner.provision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.engine.LambdaEngine;

/**
 * Registers the diagram's functions with their runtime, handler, memory, timeout and reserved concurrency (unset:
 * {@link FunctionConfiguration#DEFAULT_CONCURRENCY}), their code and variables from {@link FunctionSources}.
 * Registering again replaces a function, so provisioning after an edit loads the new code.
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

    private static String textOr(PropertyValues values, String name, String fallback) {
        String value = values.text(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
