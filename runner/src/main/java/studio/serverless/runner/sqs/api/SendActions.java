package studio.serverless.runner.sqs.api;

import java.util.List;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/** SendMessage and SendMessageBatch. */
final class SendActions {

    /** AWS's limit on the sum of a batch's message sizes. */
    static final int MAX_BATCH_BYTES = 1_048_576;

    private SendActions() {
    }

    static List<SqsAction> all() {
        return List.of(new SendMessage(), new SendMessageBatch());
    }

    static NewMessage message(ActionInput input, ActionContext context) {
        return new NewMessage(input.required("MessageBody"),
                input.messageAttributes("MessageAttributes", "MessageAttribute"),
                input.messageAttributes("MessageSystemAttributes", "MessageSystemAttribute"),
                input.integer("DelaySeconds"), input.string("MessageGroupId"), input.string("MessageDeduplicationId"),
                context.caller().accessKeyId());
    }

    /** SendMessage. */
    static final class SendMessage implements SqsAction {
        @Override
        public String name() {
            return "SendMessage";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            String queue = context.queueName(input);
            return MessageOutputs.sent(context.engine().send(queue, message(input, context)));
        }
    }

    /** SendMessageBatch: each entry is sent or fails on its own. */
    static final class SendMessageBatch implements SqsAction {
        @Override
        public String name() {
            return "SendMessageBatch";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            String queue = context.engine().queue(context.queueName(input)).name();
            List<ActionInput> entries = BatchEntries.read(input, "SendMessageBatchRequestEntry");
            int total = 0;
            for (ActionInput entry : entries) {
                String body = entry.string("MessageBody");
                total += body == null ? 0 : body.length();
            }
            if (total > MAX_BATCH_BYTES) {
                throw new SqsException(SqsError.BATCH_REQUEST_TOO_LONG, "Batch requests cannot be longer than "
                        + MAX_BATCH_BYTES + " bytes. You have sent " + total + " bytes.");
            }
            return BatchEntries.run(entries, "SendMessageBatchResultEntry",
                    entry -> MessageOutputs.sent(context.engine().send(queue, message(entry, context))));
        }
    }
}
