package studio.serverless.codegen.sam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;

/**
 * The {@code AWS::Serverless::Function} of a Lambda function: its settings, code folder
 * ({@code functions/<name>/}), environment, least-privilege policies, events and asynchronous invocation
 * settings with their destinations and dead-letter queue.
 */
final class FunctionResource {

    /** Lambda's defaults for asynchronous invocations; EventInvokeConfig is written only when they change. */
    private static final int DEFAULT_RETRIES = 2;
    private static final int DEFAULT_EVENT_AGE = 21600;

    private final SamContext context;
    private final FunctionEnvironment environment;
    private final AccessPolicies policies;
    private final FunctionEvents events;
    private final FunctionDestinations destinations;

    FunctionResource(SamContext context) {
        this.context = context;
        this.environment = new FunctionEnvironment(context);
        this.policies = new AccessPolicies(context);
        this.events = new FunctionEvents(context);
        this.destinations = new FunctionDestinations(context);
    }

    /** The folder of a function's code in the project. */
    String codeFolder(Service function) {
        return "functions/" + context.folder(function.id()) + "/";
    }

    CfnResource of(Service function) {
        PropertyValues values = function.properties();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("FunctionName", function.name());
        properties.put("CodeUri", codeFolder(function));
        properties.put("Handler", values.text("handler"));
        properties.put("Runtime", values.text("runtime"));
        properties.put("Architectures", List.of(values.text("architecture").isBlank() ? "x86_64"
                : values.text("architecture")));
        values.integer("memorySize").ifPresent(memory -> properties.put("MemorySize", memory));
        values.integer("timeout").ifPresent(timeout -> properties.put("Timeout", timeout));
        values.integer("ephemeralStorage").ifPresent(size -> properties.put("EphemeralStorage", Map.of("Size", size)));
        values.integer("reservedConcurrency").ifPresent(count -> properties.put("ReservedConcurrentExecutions", count));
        Map<String, Object> variables = environment.variables(function);
        if (!variables.isEmpty()) {
            properties.put("Environment", Map.of("Variables", variables));
        }
        List<Object> granted = context.outgoing(function.id(), FunctionEnvironment.BASE_NAMES.keySet()).stream()
                .map(policies::policy).toList();
        if (!granted.isEmpty()) {
            properties.put("Policies", granted);
        }
        Map<String, Object> triggers = events.events(function);
        if (!triggers.isEmpty()) {
            properties.put("Events", triggers);
        }
        invokeConfig(function).ifPresent(config -> properties.put("EventInvokeConfig", config));
        deadLetterQueue(function).ifPresent(queue -> properties.put("DeadLetterQueue", queue));
        return new CfnResource(context.logicalId(function.id()), "AWS::Serverless::Function", properties);
    }

    private Optional<Map<String, Object>> invokeConfig(Service function) {
        int retries = function.properties().integer("asyncMaximumRetryAttempts").orElse(DEFAULT_RETRIES);
        int age = function.properties().integer("asyncMaximumEventAge").orElse(DEFAULT_EVENT_AGE);
        Map<String, Object> destinations = new LinkedHashMap<>();
        destination(function, ConnectionType.ON_SUCCESS).ifPresent(target -> destinations.put("OnSuccess", target));
        destination(function, ConnectionType.ON_FAILURE).ifPresent(target -> destinations.put("OnFailure", target));
        if (retries == DEFAULT_RETRIES && age == DEFAULT_EVENT_AGE && destinations.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("MaximumRetryAttempts", retries);
        config.put("MaximumEventAgeInSeconds", age);
        if (!destinations.isEmpty()) {
            config.put("DestinationConfig", destinations);
        }
        return Optional.of(config);
    }

    /** The function's DeadLetterConfig, as SAM writes it (SAM also grants the send or publish permission). */
    private Optional<Map<String, Object>> deadLetterQueue(Service function) {
        return destination(function, ConnectionType.DEAD_LETTER_QUEUE).map(target -> DataResources.ordered(
                "Type", target.get("Type"), "TargetArn", target.get("Destination")));
    }

    private Optional<Map<String, Object>> destination(Service function, ConnectionType type) {
        return destinations.of(function.id(), type);
    }
}
