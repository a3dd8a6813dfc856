package studio.serverless.runner.sqs.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A queue's dead-letter settings, from the {@code RedrivePolicy} attribute's JSON.
 *
 * @param deadLetterTargetArn the ARN of the dead-letter queue
 * @param maxReceiveCount     how many receives a message gets before it moves there, 1 to 1000
 */
public record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses the attribute; throws {@link SqsException} (InvalidAttributeValue) when it is not valid. */
    public static RedrivePolicy parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode arn = node == null ? null : node.get("deadLetterTargetArn");
            JsonNode count = node == null ? null : node.get("maxReceiveCount");
            if (arn == null || !arn.isTextual() || count == null || !isCount(count)) {
                throw invalid("Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount.");
            }
            int maxReceiveCount = count.asInt();
            if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
                throw invalid("Value " + maxReceiveCount + " for parameter maxReceiveCount is invalid.");
            }
            return new RedrivePolicy(arn.asText(), maxReceiveCount);
        } catch (IOException e) {
            throw invalid("Redrive policy is not a valid JSON map.");
        }
    }

    /** The dead-letter queue's name: the ARN's last part. */
    public String deadLetterQueueName() {
        return deadLetterTargetArn.substring(deadLetterTargetArn.lastIndexOf(':') + 1);
    }

    private static boolean isCount(JsonNode count) {
        return count.isInt() || count.isTextual() && count.asText().matches("\\d{1,4}");
    }

    private static SqsException invalid(String reason) {
        return new SqsException(SqsError.INVALID_ATTRIBUTE_VALUE,
                "Invalid value for the parameter RedrivePolicy. Reason: " + reason);
    }
}
