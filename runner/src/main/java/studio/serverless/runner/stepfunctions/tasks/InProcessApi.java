package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.endpoint.ServiceAdapter;

/**
 * Calls a JSON-protocol service of the local cloud in process, through its own wire adapter: a Task's Parameters
 * are the API request (PascalCase members, typed attribute values) and its result the API response, so the
 * request is read, checked and refused exactly as on the endpoint. A refusal is thrown as a {@link ServiceRefusal}.
 */
final class InProcessApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceAdapter adapter;
    private final String targetPrefix;
    private final String region;
    private final Clock clock;

    /** Calls {@code adapter}'s operations as {@code X-Amz-Target: targetPrefix.Operation}. */
    InProcessApi(ServiceAdapter adapter, String targetPrefix, String region, Clock clock) {
        this.adapter = adapter;
        this.targetPrefix = targetPrefix;
        this.region = region;
        this.clock = clock;
    }

    /** Runs {@code operation} with {@code request}; the answer carries the SDK's metadata members. */
    ObjectNode call(String operation, JsonNode request) {
        String requestId = UUID.randomUUID().toString();
        AwsResponse response = adapter.handle(new AwsRequest("POST", "/", "", Map.of(
                "x-amz-target", List.of(targetPrefix + "." + operation),
                "content-type", List.of("application/x-amz-json-1.0")),
                request.toString().getBytes(StandardCharsets.UTF_8),
                new CallerIdentity(CallerIdentity.ANONYMOUS, region, adapter.signingName(), CallerIdentity.ACCOUNT_ID),
                requestId, "localhost"), AwsProtocol.JSON);
        ObjectNode body = parse(response.body());
        if (response.status() != 200) {
            String shape = body.path("__type").asText("InternalFailure");
            shape = shape.substring(shape.lastIndexOf('#') + 1);
            String queryError = response.headers().get("x-amzn-query-error");
            String code = queryError == null ? shape : queryError.split(";", 2)[0];
            throw new ServiceRefusal(shape, code, body.path("message").asText(body.path("Message").asText("")),
                    response.status(), requestId);
        }
        return SdkMetadata.attach(body, response.contentType(), requestId, clock.instant());
    }

    private static ObjectNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("message", new String(body, StandardCharsets.UTF_8));
        }
    }
}
