package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * {@code arn:aws:states:::lambda:invoke}: handed to the functions' invoker as a request-response call; the result
 * ({@code ExecutedVersion, Payload, StatusCode}) gains the SDK's metadata members, as on AWS.
 */
final class LambdaIntegration implements ServiceIntegration {

    private final TaskInvoker functions;
    private final Clock clock;

    LambdaIntegration(TaskInvoker functions, Clock clock) {
        this.functions = functions;
        this.clock = clock;
    }

    @Override
    public Set<String> resources() {
        return Set.of("lambda:invoke");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        return functions.invoke(new TaskRequest(resource.withoutPattern(), request.input(), request.stateName(),
                request.executionArn(), request.heartbeat())).thenApply(result -> result instanceof ObjectNode response
                ? SdkMetadata.attach(response, "application/json", UUID.randomUUID().toString(), clock.instant())
                : result);
    }
}
