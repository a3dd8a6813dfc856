package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.sns.engine.PublishResult;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsError;
import studio.serverless.runner.sns.engine.SnsException;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * {@code arn:aws:states:::sns:publish}: the Parameters are the Publish request (TopicArn or TargetArn, Message,
 * Subject, MessageAttributes as {@code {"name": {"DataType", "StringValue"|"BinaryValue"}}}, MessageStructure,
 * MessageGroupId, MessageDeduplicationId); a Message that is not a string is published as its JSON text. The
 * result is {@code {"MessageId"}} (and SequenceNumber on FIFO topics). Refusals are {@code SNS.<Code>Exception}.
 * SNS speaks the query protocol on the wire, so this calls the engine rather than the adapter.
 */
final class SnsIntegration implements ServiceIntegration {

    /** The errors the API model lists for Publish that the local SNS reports, by their code. */
    static final ServiceErrorNames ERRORS = new ServiceErrorNames("SNS", "AmazonSNS", "AmazonSNSException",
            Set.of("InvalidParameter", "NotFound", "InvalidParameterValue"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsEngine sns;
    private final Clock clock;

    SnsIntegration(SnsEngine sns, Clock clock) {
        this.sns = sns;
        this.clock = clock;
    }

    @Override
    public Set<String> resources() {
        return Set.of("sns:publish");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        return ERRORS.runOn(pool, () -> publish(request.input()));
    }

    private JsonNode publish(JsonNode parameters) {
        String requestId = UUID.randomUUID().toString();
        try {
            String topicArn = text(parameters.has("TopicArn") ? parameters.get("TopicArn")
                    : parameters.get("TargetArn"));
            if (topicArn == null || topicArn.isEmpty()) {
                throw SnsException.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
            }
            PublishResult published = sns.publish(topicArn, new SnsMessage(text(parameters.get("Message")),
                    text(parameters.get("Subject")), attributes(parameters.path("MessageAttributes")),
                    text(parameters.get("MessageStructure")), text(parameters.get("MessageGroupId")),
                    text(parameters.get("MessageDeduplicationId"))));
            ObjectNode response = JSON.createObjectNode().put("MessageId", published.messageId());
            if (published.sequenceNumber() != null) {
                response.put("SequenceNumber", published.sequenceNumber());
            }
            return SdkMetadata.attach(response, "text/xml", requestId, clock.instant());
        } catch (SnsException refused) {
            String code = refused.error() == SnsError.INVALID_PARAMETER_VALUE ? "InvalidParameterValue"
                    : refused.error().code();
            throw new ServiceRefusal(code, refused.error().code(), refused.getMessage(),
                    refused.error().httpStatus(), requestId);
        }
    }

    private static Map<String, MessageAttributeValue> attributes(JsonNode given) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        given.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            String type = text(value.get("DataType"));
            if (type == null || type.isEmpty()) {
                throw SnsException.invalidParameter("The message attribute '" + field.getKey()
                        + "' must contain a data type.");
            }
            String binary = text(value.get("BinaryValue"));
            attributes.put(field.getKey(), new MessageAttributeValue(type, text(value.get("StringValue")),
                    binary == null ? null : Base64.getDecoder().decode(binary)));
        });
        return attributes;
    }

    /** A parameter as text: strings as they are, other JSON as its text, absent or null as null. */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }
}
