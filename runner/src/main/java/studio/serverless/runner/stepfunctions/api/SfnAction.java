package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/** One operation of the Step Functions API: its name and what it answers for a request body. */
record SfnAction(String name, Body body) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the request and answers it. */
    @FunctionalInterface
    interface Body {
        ObjectNode run(JsonNode request, StepFunctionsService service);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A required string member, or MissingRequiredParameter / ValidationException. */
    static String required(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || value.isNull()) {
            throw new StepFunctionsException(StepFunctionsError.VALIDATION,
                    "1 validation error detected: Value null at '" + member + "' failed to satisfy constraint: "
                            + "Member must not be null");
        }
        return text(request, member);
    }

    /** An optional string member, or null. */
    static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw new StepFunctionsException(StepFunctionsError.SERIALIZATION,
                    "'" + member + "' must be a string, not " + value);
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A timestamp as the JSON protocol sends it: seconds since the epoch, with milliseconds. */
    static double timestamp(Instant time) {
        return time.toEpochMilli() / 1000.0;
    }
}
