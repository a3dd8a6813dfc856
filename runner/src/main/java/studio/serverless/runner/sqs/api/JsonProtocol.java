package studio.serverless.runner.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ProtocolErrors;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * SQS's JSON 1.0 protocol: reads request bodies, writes results, and is the one place SQS errors become JSON
 * ({@code __type} with the error shape, plus the {@code x-amzn-query-error} header SQS sends for clients that
 * still know the query protocol's codes).
 */
final class JsonProtocol {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMESPACE = "com.amazonaws.sqs#";

    private JsonProtocol() {
    }

    static ActionInput read(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            return new JsonActionInput(node);
        } catch (java.io.IOException e) {
            throw new SqsException(SqsError.MALFORMED_REQUEST, "The request body is not valid JSON.");
        }
    }

    static AwsResponse write(ActionOutput output) {
        return AwsResponse.json(200, toNode(output).toString(), Map.of());
    }

    static AwsResponse error(SqsException exception) {
        SqsError error = exception.error();
        String queryError = error.queryCode() + ";" + (error.senderFault() ? "Sender" : "Receiver");
        return ProtocolErrors.json(error.httpStatus(), NAMESPACE + error.jsonType(), exception.getMessage(),
                Map.of("x-amzn-query-error", queryError));
    }

    private static ObjectNode toNode(ActionOutput output) {
        ObjectNode node = JSON.createObjectNode();
        output.members().forEach((name, value) -> node.set(name, toValue(value)));
        return node;
    }

    private static JsonNode toValue(Object value) {
        if (value instanceof ActionOutput nested) {
            return toNode(nested);
        }
        if (value instanceof ActionOutput.ListValue list) {
            ArrayNode array = JSON.createArrayNode();
            list.items().forEach(item -> array.add(toValue(item)));
            return array;
        }
        if (value instanceof ActionOutput.MapValue map) {
            ObjectNode object = JSON.createObjectNode();
            map.entries().forEach((key, item) -> object.set(key, toValue(item)));
            return object;
        }
        if (value instanceof Boolean bool) {
            return JSON.getNodeFactory().booleanNode(bool);
        }
        return JSON.getNodeFactory().textNode(String.valueOf(value));
    }
}
