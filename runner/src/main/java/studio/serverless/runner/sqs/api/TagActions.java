package studio.serverless.runner.sqs.api;

import java.util.List;
import java.util.Map;

/**
 * The tagging actions: TagQueue, UntagQueue and ListQueueTags. In the query protocol tags travel as
 * {@code Tag.N.Key} / {@code Tag.N.Value} and keys to remove as {@code TagKey.N}; the plural spellings that some
 * SDK versions send ({@code Tags.N.Key}, {@code TagKeys.N}) are read too.
 */
final class TagActions {

    private TagActions() {
    }

    static List<SqsAction> all() {
        return List.of(new TagQueue(), new UntagQueue(), new ListQueueTags());
    }

    /** The tags of a request: {@code jsonName} in JSON; {@code Tag.N} (or {@code Tags.N}) in the query protocol. */
    static Map<String, String> tags(ActionInput input, String jsonName) {
        Map<String, String> tags = input.tagMap(jsonName, "Tag");
        if (tags.isEmpty()) {
            tags = input.tagMap("Tags", "Tags");
        }
        return tags;
    }

    /** TagQueue. */
    static final class TagQueue implements SqsAction {
        @Override
        public String name() {
            return "TagQueue";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            context.engine().tagging().tagQueue(context.queueName(input), tags(input, "Tags"));
            return new ActionOutput();
        }
    }

    /** UntagQueue. */
    static final class UntagQueue implements SqsAction {
        @Override
        public String name() {
            return "UntagQueue";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            List<String> keys = input.stringList("TagKeys", "TagKey");
            if (keys.isEmpty()) {
                keys = input.stringList("TagKeys", "TagKeys");
            }
            context.engine().tagging().untagQueue(context.queueName(input), keys);
            return new ActionOutput();
        }
    }

    /** ListQueueTags: a {@code Tags} object in JSON, repeated {@code <Tag><Key/><Value/></Tag>} in XML. */
    static final class ListQueueTags implements SqsAction {
        @Override
        public String name() {
            return "ListQueueTags";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            Map<String, String> tags = context.engine().tagging().queueTags(context.queueName(input));
            return tags.isEmpty() ? new ActionOutput() : new ActionOutput().putMap("Tags", "Tag", "Key", tags);
        }
    }
}
