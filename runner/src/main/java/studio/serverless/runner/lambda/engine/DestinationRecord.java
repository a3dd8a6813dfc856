package studio.serverless.runner.lambda.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The invocation record Lambda sends to an asynchronous invocation's destination: version, timestamp,
 * requestContext (requestId, functionArn, condition, approximateInvokeCount), requestPayload, responseContext
 * and responsePayload.
 */
final class DestinationRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DestinationRecord() {
    }

    /**
     * The record.
     *
     * @param condition {@code Success}, {@code RetriesExhausted} or {@code EventAgeExceeded}
     */
    static String of(AsyncEvent event, String functionArn, InvocationResult result, String condition) {
        ObjectNode record = JSON.createObjectNode().put("version", "1.0").put("timestamp", Instant.now().toString());
        record.putObject("requestContext").put("requestId", event.requestId())
                .put("functionArn", functionArn + ":$LATEST").put("condition", condition)
                .put("approximateInvokeCount", event.attempt());
        record.set("requestPayload", json(event.payload()));
        ObjectNode response = record.putObject("responseContext").put("statusCode", 200)
                .put("executedVersion", "$LATEST");
        if (result.failed()) {
            response.put("functionError", "Unhandled");
        }
        record.set("responsePayload", json(result.payload()));
        return record.toString();
    }

    private static JsonNode json(byte[] payload) {
        try {
            return payload.length == 0 ? JSON.nullNode() : JSON.readTree(payload);
        } catch (IOException e) {
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }
}
