package studio.serverless.runner.sqs.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GetQueueAttributes and SetQueueAttributes. */
final class AttributeActions {

    private AttributeActions() {
    }

    static List<SqsAction> all() {
        return List.of(new GetQueueAttributes(), new SetQueueAttributes());
    }

    /** GetQueueAttributes: the named attributes, or All. */
    static final class GetQueueAttributes implements SqsAction {
        @Override
        public String name() {
            return "GetQueueAttributes";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            List<String> names = new ArrayList<>(input.stringList("AttributeNames", "AttributeName"));
            Map<String, String> attributes = context.engine().queueAttributes(context.queueName(input), names);
            return attributes.isEmpty() ? new ActionOutput()
                    : new ActionOutput().putMap("Attributes", "Attribute", attributes);
        }
    }

    /** SetQueueAttributes. */
    static final class SetQueueAttributes implements SqsAction {
        @Override
        public String name() {
            return "SetQueueAttributes";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            Map<String, String> attributes = input.stringMap("Attributes", "Attribute");
            context.engine().setQueueAttributes(context.queueName(input), attributes);
            return new ActionOutput();
        }
    }
}
