package studio.serverless.runner.sqs.api;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageQueue;

/** The queue-management actions: create, look up, list, delete, purge. Each is a small {@link SqsAction}. */
final class QueueActions {

    private QueueActions() {
    }

    static List<SqsAction> all() {
        return List.of(new CreateQueue(), new GetQueueUrl(), new ListQueues(), new DeleteQueue(), new PurgeQueue());
    }

    /** CreateQueue: idempotent for the same attributes; tags apply to a queue it creates. */
    static final class CreateQueue implements SqsAction {
        @Override
        public String name() {
            return "CreateQueue";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            Map<String, String> attributes = input.stringMap("Attributes", "Attribute");
            MessageQueue queue = context.engine().createQueue(input.required("QueueName"), attributes,
                    TagActions.tags(input, "tags"), context.caller().region(), context.caller().accountId());
            return new ActionOutput().put("QueueUrl", context.queueUrl(queue.name()));
        }
    }

    /** GetQueueUrl. */
    static final class GetQueueUrl implements SqsAction {
        @Override
        public String name() {
            return "GetQueueUrl";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            MessageQueue queue = context.engine().queue(input.required("QueueName"));
            return new ActionOutput().put("QueueUrl", context.queueUrl(queue.name()));
        }
    }

    /** ListQueues, by optional name prefix, at most MaxResults (1 to 1000) when given. */
    static final class ListQueues implements SqsAction {
        @Override
        public String name() {
            return "ListQueues";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            List<String> names = context.engine().queueNames(input.string("QueueNamePrefix"));
            Integer max = input.integer("MaxResults");
            if (max != null && (max < 1 || max > 1000)) {
                throw studio.serverless.runner.sqs.engine.SqsException.invalidParameter("MaxResults", max,
                        "Must be between 1 and 1000.");
            }
            List<String> urls = names.stream().limit(max == null ? 1000 : max).map(context::queueUrl).toList();
            return new ActionOutput().putList("QueueUrls", "QueueUrl", urls);
        }
    }

    /** DeleteQueue. */
    static final class DeleteQueue implements SqsAction {
        @Override
        public String name() {
            return "DeleteQueue";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            context.engine().deleteQueue(context.queueName(input));
            return new ActionOutput();
        }
    }

    /** PurgeQueue. */
    static final class PurgeQueue implements SqsAction {
        @Override
        public String name() {
            return "PurgeQueue";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            context.engine().purge(context.queueName(input));
            return new ActionOutput();
        }
    }
}
