package studio.serverless.runner.sqs.api;

import java.util.List;
import studio.serverless.runner.sqs.engine.SqsException;

/** DeleteMessage, ChangeMessageVisibility and their batches. */
final class DeleteAndVisibilityActions {

    private DeleteAndVisibilityActions() {
    }

    static List<SqsAction> all() {
        return List.of(new DeleteMessage(), new DeleteMessageBatch(), new ChangeMessageVisibility(),
                new ChangeMessageVisibilityBatch());
    }

    private static void changeVisibility(ActionInput input, ActionContext context, String queue) {
        Integer seconds = input.integer("VisibilityTimeout");
        if (seconds == null) {
            throw SqsException.missingParameter("VisibilityTimeout");
        }
        context.engine().changeVisibility(queue, input.required("ReceiptHandle"), seconds);
    }

    /** DeleteMessage. */
    static final class DeleteMessage implements SqsAction {
        @Override
        public String name() {
            return "DeleteMessage";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            context.engine().deleteMessage(context.queueName(input), input.required("ReceiptHandle"));
            return new ActionOutput();
        }
    }

    /** DeleteMessageBatch. */
    static final class DeleteMessageBatch implements SqsAction {
        @Override
        public String name() {
            return "DeleteMessageBatch";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            String queue = context.engine().queue(context.queueName(input)).name();
            List<ActionInput> entries = BatchEntries.read(input, "DeleteMessageBatchRequestEntry");
            return BatchEntries.run(entries, "DeleteMessageBatchResultEntry", entry -> {
                context.engine().deleteMessage(queue, entry.required("ReceiptHandle"));
                return new ActionOutput();
            });
        }
    }

    /** ChangeMessageVisibility. */
    static final class ChangeMessageVisibility implements SqsAction {
        @Override
        public String name() {
            return "ChangeMessageVisibility";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            changeVisibility(input, context, context.queueName(input));
            return new ActionOutput();
        }
    }

    /** ChangeMessageVisibilityBatch. */
    static final class ChangeMessageVisibilityBatch implements SqsAction {
        @Override
        public String name() {
            return "ChangeMessageVisibilityBatch";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            String queue = context.engine().queue(context.queueName(input)).name();
            List<ActionInput> entries = BatchEntries.read(input, "ChangeMessageVisibilityBatchRequestEntry");
            return BatchEntries.run(entries, "ChangeMessageVisibilityBatchResultEntry", entry -> {
                changeVisibility(entry, context, queue);
                return new ActionOutput();
            });
        }
    }
}
