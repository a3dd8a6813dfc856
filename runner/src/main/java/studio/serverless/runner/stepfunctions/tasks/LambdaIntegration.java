package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/** {@code arn:aws:states:::lambda:invoke}: handed to the functions' invoker as a request-response call. */
final class LambdaIntegration implements ServiceIntegration {

    private final TaskInvoker functions;

    LambdaIntegration(TaskInvoker functions) {
        this.functions = functions;
    }

    @Override
    public Set<String> resources() {
        return Set.of("lambda:invoke");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        return functions.invoke(new TaskRequest(resource.withoutPattern(), request.input(), request.stateName(),
                request.executionArn(), request.heartbeat()));
    }
}
