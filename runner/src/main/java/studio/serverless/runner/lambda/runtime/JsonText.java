package studio.serverless.runner.lambda.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Quotes text as a JSON string, for the few small documents the runtime side writes by hand. */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text == null ? "" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }
}
