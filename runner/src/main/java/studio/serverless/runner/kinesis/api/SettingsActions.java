package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisStream;

/**
 * Retention (Increase/DecreaseStreamRetentionPeriod) and tags (AddTagsToStream, RemoveTagsFromStream,
 * ListTagsForStream).
 */
final class SettingsActions {

    private SettingsActions() {
    }

    static List<KinesisAction> all() {
        return List.of(KinesisAction.of("IncreaseStreamRetentionPeriod", (input, engine) -> {
            engine.settings().increaseRetention(stream(input, engine), hours(input));
            return KinesisAction.empty();
        }), KinesisAction.of("DecreaseStreamRetentionPeriod", (input, engine) -> {
            engine.settings().decreaseRetention(stream(input, engine), hours(input));
            return KinesisAction.empty();
        }), KinesisAction.of("AddTagsToStream", (input, engine) -> {
            String stream = stream(input, engine);
            Map<String, String> tags = input.stringMap("Tags");
            engine.settings().addTags(stream, tags == null ? Map.of() : tags);
            return KinesisAction.empty();
        }), KinesisAction.of("RemoveTagsFromStream", (input, engine) -> {
            engine.settings().removeTags(stream(input, engine), input.strings("TagKeys"));
            return KinesisAction.empty();
        }), KinesisAction.of("ListTagsForStream", SettingsActions::listTags));
    }

    private static String stream(KinesisInput input, KinesisEngine engine) {
        return StreamActions.named(input, engine).name();
    }

    private static int hours(KinesisInput input) {
        return input.requiredInteger("RetentionPeriodHours");
    }

    private static ObjectNode listTags(KinesisInput input, KinesisEngine engine) {
        KinesisStream stream = StreamActions.named(input, engine);
        int limit = Pages.limit(input.integer("Limit"), "limit", 50);
        List<Map.Entry<String, String>> tags = stream.tags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        Pages<Map.Entry<String, String>> page = Pages.after(tags, Map.Entry::getKey,
                input.string("ExclusiveStartTagKey"), limit);
        ObjectNode result = KinesisAction.empty();
        ArrayNode list = result.putArray("Tags");
        page.items().forEach(tag -> list.addObject().put("Key", tag.getKey()).put("Value", tag.getValue()));
        return result.put("HasMoreTags", page.more());
    }
}
