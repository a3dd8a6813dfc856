package studio.serverless.runner.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/**
 * A fake task invoker driven by a conformance case's {@code tasks}: per resource ARN, a list of answers used in
 * turn (the last one repeats): {@code {"output": ...}}, {@code {"error": ..., "cause": ...}}, optionally after
 * {@code afterSeconds} on the manual clock, with a heartbeat every {@code heartbeatEverySeconds}, or
 * {@code {"never": true}}. A resource without answers echoes its input.
 */
final class ScriptedInvoker implements TaskInvoker {

    private final JsonNode script;
    private final ManualScheduler scheduler;
    private final Map<String, Integer> calls = new HashMap<>();
    private final List<TaskRequest> requests = new ArrayList<>();

    ScriptedInvoker(JsonNode script, ManualScheduler scheduler) {
        this.script = script;
        this.scheduler = scheduler;
    }

    List<TaskRequest> requests() {
        return requests;
    }

    @Override
    public CompletableFuture<JsonNode> invoke(TaskRequest request) {
        requests.add(request);
        JsonNode answers = script == null ? null : script.get(request.resource());
        if (answers == null || answers.isEmpty()) {
            return CompletableFuture.completedFuture(request.input());
        }
        int call = calls.merge(request.resource(), 1, Integer::sum) - 1;
        JsonNode answer = answers.get(Math.min(call, answers.size() - 1));
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        if (answer.path("never").asBoolean()) {
            return result;
        }
        int after = answer.path("afterSeconds").asInt(0);
        int heartbeat = answer.path("heartbeatEverySeconds").asInt(0);
        for (int beat = heartbeat; heartbeat > 0 && beat < after; beat += heartbeat) {
            scheduler.schedule(scheduler.now().plusSeconds(beat), request.heartbeat());
        }
        Runnable settle = () -> {
            if (answer.has("error")) {
                result.completeExceptionally(new StatesFailure(answer.get("error").asText(),
                        answer.path("cause").asText("")));
            } else {
                result.complete(answer.has("output") ? answer.get("output") : request.input());
            }
        };
        if (after == 0) {
            settle.run();
        } else {
            scheduler.schedule(scheduler.now().plusSeconds(after), settle);
        }
        return result;
    }
}
