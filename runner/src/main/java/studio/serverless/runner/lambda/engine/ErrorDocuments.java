package studio.serverless.runner.lambda.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a failed invocation's error document ({@code {"errorMessage": ..., "errorType": ...}}). */
final class ErrorDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorDocuments() {
    }

    /** The document's {@code errorMessage}; the payload as text when it is no such document. */
    static String message(byte[] payload) {
        try {
            JsonNode message = JSON.readTree(payload).path("errorMessage");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException notJson) {
            // a runtime that answered with plain text: that text is the message
        }
        return new String(payload, StandardCharsets.UTF_8);
    }
}
