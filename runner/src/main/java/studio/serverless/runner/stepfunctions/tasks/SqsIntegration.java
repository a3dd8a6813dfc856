package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * {@code arn:aws:states:::sqs:sendMessage}: the Parameters are the SendMessage request (QueueUrl, MessageBody,
 * MessageAttributes, DelaySeconds, MessageGroupId, MessageDeduplicationId); a MessageBody that is not a string is
 * sent as its JSON text, as AWS does. The result is the API response (MessageId, MD5OfMessageBody, ...). Refusals
 * are {@code SQS.<Exception>}, e.g. {@code SQS.QueueDoesNotExistException}, or {@code SQS.AmazonSQSException}.
 */
final class SqsIntegration implements ServiceIntegration {

    /** The errors the API model lists for SendMessage that the local SQS reports. */
    static final ServiceErrorNames ERRORS = new ServiceErrorNames("SQS", "AmazonSQS", "AmazonSQSException",
            Set.of("InvalidMessageContents", "UnsupportedOperation", "RequestThrottled", "QueueDoesNotExist",
                    "InvalidSecurity", "InvalidAddress"));

    private final InProcessApi api;

    SqsIntegration(InProcessApi api) {
        this.api = api;
    }

    @Override
    public Set<String> resources() {
        return Set.of("sqs:sendMessage");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        return ERRORS.runOn(pool, () -> api.call("SendMessage", withTextBody(request.input())));
    }

    private static JsonNode withTextBody(JsonNode parameters) {
        JsonNode body = parameters.get("MessageBody");
        if (body == null || body.isTextual() || body.isNull() || !(parameters instanceof ObjectNode object)) {
            return parameters;
        }
        return object.deepCopy().put("MessageBody", body.toString());
    }
}
