package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * One service's optimized integration: the actions Task states reach as {@code arn:aws:states:::SERVICE:ACTION}
 * and the integration patterns it runs them with. A call must not block the caller: work that may wait (storage,
 * another execution) goes to {@code pool} or completes from a callback.
 */
interface ServiceIntegration {

    /** Request-response plus the callback pattern, which most integrations support. */
    Set<String> REQUEST_AND_CALLBACK = Set.of("", "waitForTaskToken");

    /** The resources it answers, as {@code service:action}. */
    Set<String> resources();

    /** The patterns it runs: {@code ""} (request-response), {@code sync}, {@code sync:2}, {@code waitForTaskToken}. */
    default Set<String> patterns() {
        return REQUEST_AND_CALLBACK;
    }

    /** Runs {@code resource}'s action with the Task's Parameters; completes with the result or a StatesFailure. */
    CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool);
}
