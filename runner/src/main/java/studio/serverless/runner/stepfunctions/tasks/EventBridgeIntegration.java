package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.ExecutionType;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/**
 * {@code arn:aws:states:::events:putEvents}: the Parameters are the PutEvents request. As AWS does, a Detail that is
 * a JSON object is sent as its text, and each entry's Resources gain the state machine's and the execution's ARNs.
 * The result is the API response (Entries, FailedEntryCount); a failed entry fails the task with
 * {@code EventBridge.FailedEntry} and the response as cause.
 */
final class EventBridgeIntegration implements ServiceIntegration {

    /** The errors the API model lists for PutEvents. */
    static final ServiceErrorNames ERRORS = new ServiceErrorNames("EventBridge", "AmazonEventBridge",
            "AmazonEventBridgeException", Set.of("InternalException"));

    private final InProcessApi api;

    EventBridgeIntegration(InProcessApi api) {
        this.api = api;
    }

    @Override
    public Set<String> resources() {
        return Set.of("events:putEvents");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        return ERRORS.runOn(pool, () -> checked(api.call("PutEvents", request(request))));
    }

    private static JsonNode request(TaskRequest task) {
        JsonNode parameters = task.input().deepCopy();
        String executionArn = task.executionArn();
        String machineArn = ExecutionType.stateMachineArnOf(executionArn);
        for (JsonNode entry : parameters.path("Entries")) {
            if (entry instanceof ObjectNode object) {
                JsonNode detail = object.get("Detail");
                if (detail != null && detail.isObject()) {
                    object.put("Detail", detail.toString());
                }
                ArrayNode resources = object.has("Resources") && object.get("Resources").isArray()
                        ? (ArrayNode) object.get("Resources") : object.putArray("Resources");
                resources.add(machineArn).add(executionArn);
            }
        }
        return parameters;
    }

    private static JsonNode checked(ObjectNode response) {
        if (response.path("FailedEntryCount").asInt() > 0) {
            ObjectNode cause = response.deepCopy();
            cause.remove("SdkHttpMetadata");
            cause.remove("SdkResponseMetadata");
            throw new StatesFailure("EventBridge.FailedEntry", cause.toString());
        }
        return response;
    }
}
