package studio.serverless.runner.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.FormParameters;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaError;
import studio.serverless.runner.lambda.engine.LambdaException;
import studio.serverless.runner.tagging.ResourceTags;

/**
 * ListTags, TagResource and UntagResource on function ARNs ({@code /2017-03-31/tags/ARN}). Functions come from the
 * diagram, so their tags live as long as the running local cloud: they are not kept in a data folder.
 */
final class FunctionTagsAction {

    static final String TAGS_PATH = "/2017-03-31/tags/";
    private static final Pattern FUNCTION_ARN = Pattern.compile(
            "arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:function:([a-zA-Z0-9-_]+)(:[^:]+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaEngine engine;
    private final ResourceTags tags = new ResourceTags();

    FunctionTagsAction(LambdaEngine engine) {
        this.engine = engine;
    }

    AwsResponse handle(AwsRequest request) {
        String arn = functionArn(request.path().substring(TAGS_PATH.length()));
        return switch (request.method()) {
            case "GET" -> listTags(arn);
            case "POST" -> {
                tags.tag(arn, requestTags(request), FunctionTagErrors::refusal);
                yield new AwsResponse(204, "application/json", Map.of(), new byte[0]);
            }
            case "DELETE" -> {
                List<String> keys = FormParameters.parseAll(request.query()).getOrDefault("tagKeys", List.of());
                keys.forEach(FunctionTagErrors::checkKey);
                tags.untag(arn, keys);
                yield new AwsResponse(204, "application/json", Map.of(), new byte[0]);
            }
            default -> throw new LambdaException(LambdaError.UNKNOWN_OPERATION, "The local cloud does not emulate "
                    + request.method() + " " + request.path() + ".");
        };
    }

    private AwsResponse listTags(String arn) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode listed = body.putObject("Tags");
        tags.of(arn).forEach(listed::put);
        return new AwsResponse(200, "application/json", Map.of(), body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The unqualified ARN of a registered function; InvalidParameterValue or ResourceNotFound otherwise. */
    private String functionArn(String resource) {
        Matcher matcher = FUNCTION_ARN.matcher(resource);
        if (!matcher.matches()) {
            throw new LambdaException(LambdaError.INVALID_PARAMETER_VALUE, "1 validation error detected: Value '"
                    + resource + "' at 'resource' failed to satisfy constraint: Member must be a function ARN");
        }
        if (matcher.group(2) != null) {
            throw new LambdaException(LambdaError.INVALID_PARAMETER_VALUE,
                    "Tags on function aliases and versions are not supported. Please specify a function ARN.");
        }
        String name = matcher.group(1);
        if (engine.function(name).isEmpty() || !engine.arn(name).equals(resource)) {
            throw new LambdaException(LambdaError.RESOURCE_NOT_FOUND, "Function not found: " + resource);
        }
        return resource;
    }

    private static Map<String, String> requestTags(AwsRequest request) {
        JsonNode tagsNode;
        try {
            JsonNode body = JSON.readTree(request.body());
            tagsNode = body == null ? null : body.get("Tags");
        } catch (IOException e) {
            throw new LambdaException(LambdaError.INVALID_REQUEST_CONTENT, "Could not parse request body into json");
        }
        if (tagsNode == null || !tagsNode.isObject()) {
            throw new LambdaException(LambdaError.INVALID_PARAMETER_VALUE, "Tags must be a map of strings.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        tagsNode.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
