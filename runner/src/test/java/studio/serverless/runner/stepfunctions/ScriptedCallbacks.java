package studio.serverless.runner.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.engine.TaskTokens;

/**
 * A conformance case's {@code callbacks}: in turn, after {@code afterSeconds} on the manual clock, the answer a
 * worker sends for the most recent task token a task was given: {@code {"success": output}},
 * {@code {"failure": {"error": ..., "cause": ...}}} or {@code {"heartbeat": true}}.
 */
final class ScriptedCallbacks {

    private ScriptedCallbacks() {
    }

    static void send(JsonNode callbacks, StatesEngine engine, ManualScheduler scheduler, ScriptedInvoker invoker) {
        if (callbacks == null) {
            return;
        }
        scheduler.runUntilIdle();
        for (JsonNode callback : callbacks) {
            scheduler.advance(Duration.ofSeconds(callback.path("afterSeconds").asLong(0)));
            String token = latestToken(invoker.requests())
                    .orElseThrow(() -> new AssertionError("no task was given a task token"));
            if (callback.has("success")) {
                engine.sendTaskSuccess(token, callback.get("success"));
            } else if (callback.has("failure")) {
                JsonNode failure = callback.get("failure");
                engine.sendTaskFailure(token, failure.path("error").asText(), failure.path("cause").asText());
            } else {
                engine.sendTaskHeartbeat(token);
            }
            scheduler.runUntilIdle();
        }
    }

    private static Optional<String> latestToken(List<TaskRequest> requests) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Optional<String> token = tokenIn(requests.get(i).input());
            if (token.isPresent()) {
                return token;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tokenIn(JsonNode value) {
        if (value.isTextual() && TaskTokens.executionOf(value.asText()).isPresent()) {
            return Optional.of(value.asText());
        }
        for (JsonNode child : value) {
            Optional<String> token = tokenIn(child);
            if (token.isPresent()) {
                return token;
            }
        }
        return Optional.empty();
    }
}
