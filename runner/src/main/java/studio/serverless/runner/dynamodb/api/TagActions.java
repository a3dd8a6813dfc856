package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;

/** TagResource, UntagResource and ListTagsOfResource on table ARNs; tags as {@code [{Key, Value}]}. */
final class TagActions {

    private TagActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of(
                "TagResource", request -> {
                    engine.tagging().tagResource(request.requiredString("ResourceArn"), tags(request));
                    return ResponseJson.object();
                },
                "UntagResource", request -> {
                    engine.tagging().untagResource(request.requiredString("ResourceArn"),
                            request.list("TagKeys", TagActions::text));
                    return ResponseJson.object();
                },
                "ListTagsOfResource", request -> {
                    ObjectNode result = ResponseJson.object();
                    ArrayNode listed = result.putArray("Tags");
                    engine.tagging().listTagsOfResource(request.requiredString("ResourceArn")).forEach((key, value) ->
                            listed.addObject().put("Key", key).put("Value", value));
                    return result;
                });
    }

    /** The request's {@code Tags} list as a map; empty when absent. */
    static Map<String, String> tags(RequestReader request) {
        Map<String, String> tags = new LinkedHashMap<>();
        request.list("Tags", node -> {
            RequestReader tag = new RequestReader(node);
            return tags.put(tag.requiredString("Key"), tag.requiredString("Value"));
        });
        return tags;
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw MemberErrors.wrongType(node, "String");
        }
        return node.textValue();
    }
}
