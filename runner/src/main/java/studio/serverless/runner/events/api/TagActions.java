package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource on rules and buses, tags as {@code [{Key, Value}]}. */
final class TagActions {

    private TagActions() {
    }

    static List<EventsAction> all() {
        return List.of(EventsAction.of("TagResource", (input, engine) -> {
                    engine.tagging().tagResource(input.required("ResourceARN"), tags(input));
                    return EventsAction.empty();
                }),
                EventsAction.of("UntagResource", (input, engine) -> {
                    engine.tagging().untagResource(input.required("ResourceARN"), input.strings("TagKeys"));
                    return EventsAction.empty();
                }),
                EventsAction.of("ListTagsForResource", (input, engine) -> {
                    ObjectNode result = EventsAction.empty();
                    ArrayNode listed = result.putArray("Tags");
                    engine.tagging().resourceTags(input.required("ResourceARN")).forEach((key, value) ->
                            listed.addObject().put("Key", key).put("Value", value));
                    return result;
                }));
    }

    /** The request's {@code Tags} list as a map (a later duplicate key wins); empty when absent. */
    static Map<String, String> tags(EventsInput input) {
        Map<String, String> tags = new LinkedHashMap<>();
        input.structures("Tags").forEach(tag -> {
            String value = tag.string("Value");
            tags.put(tag.required("Key"), value == null ? "" : value);
        });
        return tags;
    }
}
