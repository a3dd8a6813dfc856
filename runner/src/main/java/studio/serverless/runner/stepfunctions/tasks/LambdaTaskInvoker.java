package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import studio.serverless.runner.lambda.engine.InvocationResult;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaException;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/**
 * Runs Lambda Task states on the local functions: {@code arn:aws:states:::lambda:invoke} (Parameters
 * FunctionName and Payload; the result is {@code {ExecutedVersion, Payload, StatusCode}}) and a plain function
 * ARN (the result is the function's response). A function error fails the task with the error's
 * {@code errorType} and the error document as cause. {@link TaskDispatcher} sends it only Lambda resources; any
 * other fails with States.TaskFailed. The synchronous invoke runs on a pool of its own, never on the scheduler.
 */
public final class LambdaTaskInvoker implements TaskInvoker {

    private static final String INVOKE = "arn:aws:states:::lambda:invoke";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LambdaEngine lambda;
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "step-functions-lambda-task");
        thread.setDaemon(true);
        return thread;
    });

    /** Tasks run on {@code lambda}'s functions. */
    public LambdaTaskInvoker(LambdaEngine lambda) {
        this.lambda = lambda;
    }

    @Override
    public CompletableFuture<JsonNode> invoke(TaskRequest request) {
        String resource = request.resource();
        if (INVOKE.equals(resource)) {
            String function = request.input().path("FunctionName").asText("");
            JsonNode payload = request.input().has("Payload") ? request.input().get("Payload") : request.input();
            return CompletableFuture.supplyAsync(() -> wrapped(call(function, payload)), pool);
        }
        if (resource.startsWith("arn:aws:lambda:") && resource.contains(":function:")) {
            return CompletableFuture.supplyAsync(() -> call(resource, request.input()), pool);
        }
        return CompletableFuture.failedFuture(new StatesFailure(ErrorNames.TASK_FAILED,
                "'" + resource + "' is not a Lambda function or lambda:invoke resource"));
    }

    private JsonNode call(String function, JsonNode payload) {
        String name = functionName(function);
        InvocationResult result;
        try {
            result = lambda.invoke(name, payload.toString().getBytes(StandardCharsets.UTF_8));
        } catch (LambdaException refused) {
            throw new StatesFailure("Lambda." + refused.error().code(), refused.getMessage());
        }
        JsonNode response = parse(result.payloadText());
        if (result.failed()) {
            throw new StatesFailure(response.path("errorType").asText("Lambda.Unknown"), result.payloadText());
        }
        return response;
    }

    private static JsonNode wrapped(JsonNode payload) {
        ObjectNode result = MAPPER.createObjectNode().put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        return result.put("StatusCode", 200);
    }

    /** The function's name from a name, a partial ARN or an ARN, without a version or alias qualifier. */
    static String functionName(String function) {
        int at = function.indexOf(":function:");
        String name = at < 0 ? function : function.substring(at + ":function:".length());
        int qualifier = name.indexOf(':');
        return qualifier < 0 ? name : name.substring(0, qualifier);
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(text);
        } catch (IOException notJson) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }
}
