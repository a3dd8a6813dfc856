package studio.serverless.runner.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.lambda.engine.InvocationResult;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaError;
import studio.serverless.runner.lambda.engine.LambdaException;

/**
 * Invoke: checks the invocation type, log type and payload as AWS does, then runs the function synchronously
 * (200 with its payload), queues it (Event: 202) or only checks it exists (DryRun: 204).
 */
final class InvokeAction {

    /** AWS's payload limit for synchronous invocations. */
    static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    /** AWS's payload limit for asynchronous invocations (1 MB since October 2025). */
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaEngine engine;

    InvokeAction(LambdaEngine engine) {
        this.engine = engine;
    }

    AwsResponse handle(AwsRequest request, String functionName) {
        String type = headerOr(request, "x-amz-invocation-type", "RequestResponse");
        String logType = headerOr(request, "x-amz-log-type", "None");
        if (!logType.equals("None") && !logType.equals("Tail")) {
            throw invalid("X-Amz-Log-Type", logType, "None or Tail");
        }
        byte[] payload = request.body();
        switch (type) {
            case "RequestResponse" -> checkPayload(payload, MAX_SYNC_PAYLOAD, "InvokeFunction");
            case "Event" -> checkPayload(payload, MAX_ASYNC_PAYLOAD, "InvokeAsync");
            case "DryRun" -> {
                return dryRun(functionName);
            }
            default -> throw invalid("X-Amz-Invocation-Type", type, "RequestResponse, Event or DryRun");
        }
        if (type.equals("Event")) {
            engine.invokeAsync(functionName, request.requestId(), payload);
            return new AwsResponse(202, "application/json", Map.of(), new byte[0]);
        }
        return answer(engine.invoke(functionName, request.requestId(), payload), logType.equals("Tail"));
    }

    private AwsResponse dryRun(String functionName) {
        if (engine.function(functionName).isEmpty()) {
            throw new LambdaException(LambdaError.RESOURCE_NOT_FOUND, "Function not found: "
                    + engine.arn(functionName));
        }
        return new AwsResponse(204, "application/json", Map.of(), new byte[0]);
    }

    private static AwsResponse answer(InvocationResult result, boolean tail) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Amz-Executed-Version", "$LATEST");
        if (result.failed()) {
            headers.put("X-Amz-Function-Error", "Unhandled");
        }
        if (tail) {
            headers.put("X-Amz-Log-Result", LogTail.of(result.log()));
        }
        return new AwsResponse(200, "application/json", headers, result.payload());
    }

    private static void checkPayload(byte[] payload, int limit, String operation) {
        if (payload.length > limit) {
            throw new LambdaException(LambdaError.REQUEST_TOO_LARGE, "Request must be smaller than " + limit
                    + " bytes for the " + operation + " operation");
        }
        if (payload.length == 0) {
            return;
        }
        try {
            JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new LambdaException(LambdaError.INVALID_REQUEST_CONTENT,
                    "Could not parse request body into json: Could not parse payload into json: "
                            + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new LambdaException(LambdaError.INVALID_REQUEST_CONTENT, "Could not read request body");
        }
    }

    private static LambdaException invalid(String header, String value, String expected) {
        return new LambdaException(LambdaError.INVALID_PARAMETER_VALUE, "Invalid " + header + " '" + value
                + "': expected " + expected + ".");
    }

    private static String headerOr(AwsRequest request, String name, String fallback) {
        String value = request.header(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
