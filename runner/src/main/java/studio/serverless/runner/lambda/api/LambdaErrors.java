package studio.serverless.runner.lambda.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.lambda.engine.LambdaError;
import studio.serverless.runner.lambda.engine.LambdaException;

/**
 * Writes Lambda errors as AWS's rest-json protocol does: the code in {@code x-amzn-ErrorType}, a body with
 * {@code Type} and the message ({@code Message} for ResourceNotFoundException, {@code message} for the others, as
 * in the API model), and the throttling reason for TooManyRequestsException.
 */
public final class LambdaErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaErrors() {
    }

    /** The answer for {@code exception}. */
    public static AwsResponse response(LambdaException exception) {
        LambdaError error = exception.error();
        ObjectNode body = JSON.createObjectNode().put("Type", "User");
        body.put(error == LambdaError.RESOURCE_NOT_FOUND ? "Message" : "message", exception.getMessage());
        if (error == LambdaError.TOO_MANY_REQUESTS) {
            body.put("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded");
        }
        return new AwsResponse(error.status(), "application/json", Map.of("x-amzn-ErrorType", error.code()),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
