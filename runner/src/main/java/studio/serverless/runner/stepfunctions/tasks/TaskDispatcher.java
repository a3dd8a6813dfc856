package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/**
 * Picks the integration a Task's Resource names: a plain Lambda function ARN goes to the functions,
 * {@code arn:aws:states:::SERVICE:ACTION[.PATTERN]} to that service's integration. A resource the local cloud does
 * not run, or a pattern its integration does not support, fails the task with {@code States.TaskFailed} and a
 * cause naming the resource and what is supported (AWS refuses such definitions when they are created).
 */
public final class TaskDispatcher implements TaskInvoker {

    private final TaskInvoker functions;
    private final Map<String, ServiceIntegration> integrations = new TreeMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "step-functions-service-task");
        thread.setDaemon(true);
        return thread;
    });

    /** Sends plain function ARNs to {@code functions} and each integration's resources to it. */
    TaskDispatcher(TaskInvoker functions, List<ServiceIntegration> services) {
        this.functions = functions;
        services.forEach(service -> service.resources().forEach(key -> integrations.put(key, service)));
    }

    @Override
    public CompletableFuture<JsonNode> invoke(TaskRequest request) {
        String resource = request.resource();
        if (resource.startsWith("arn:aws:lambda:") && resource.contains(":function:")) {
            return functions.invoke(request);
        }
        Optional<IntegrationResource> named = IntegrationResource.parse(resource);
        ServiceIntegration integration = named.map(found -> integrations.get(found.key())).orElse(null);
        if (integration == null) {
            return refuse("The local cloud does not run the resource '" + resource + "': it runs Lambda function ARNs"
                    + " and these arn:aws:states::: integrations: " + String.join(", ", integrations.keySet()));
        }
        IntegrationResource integrationResource = named.get();
        if (!integration.patterns().contains(integrationResource.pattern())) {
            return refuse("The resource '" + resource + "' asks for the integration pattern '."
                    + integrationResource.pattern() + "', which " + integrationResource.key() + " does not support");
        }
        return integration.run(integrationResource, request, pool);
    }

    private static CompletableFuture<JsonNode> refuse(String cause) {
        return CompletableFuture.failedFuture(new StatesFailure(ErrorNames.TASK_FAILED, cause));
    }
}
