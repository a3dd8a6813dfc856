package studio.serverless.runner.sqs.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/** ReceiveMessage: both the deprecated AttributeNames and MessageSystemAttributeNames select system attributes. */
final class ReceiveMessageAction implements SqsAction {

    @Override
    public String name() {
        return "ReceiveMessage";
    }

    @Override
    public ActionOutput run(ActionInput input, ActionContext context) {
        String queue = context.queueName(input);
        Set<String> systemNames = new HashSet<>(input.stringList("AttributeNames", "AttributeName"));
        systemNames.addAll(input.stringList("MessageSystemAttributeNames", "MessageSystemAttributeName"));
        Integer max = input.integer("MaxNumberOfMessages");
        ReceiveRequest request = new ReceiveRequest(max == null ? 1 : max, input.integer("VisibilityTimeout"),
                input.integer("WaitTimeSeconds"), systemNames,
                input.stringList("MessageAttributeNames", "MessageAttributeName"));
        List<ReceivedMessage> messages = context.engine().receive(queue, request);
        ActionOutput output = new ActionOutput();
        if (!messages.isEmpty()) {
            output.putList("Messages", "Message", messages.stream().map(MessageOutputs::received).toList());
        }
        return output;
    }
}
