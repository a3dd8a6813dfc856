package studio.serverless.runner.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import studio.serverless.runner.ReferenceFiles;

/** The yardsticks in shared/reference: the States Language schema and the Step Functions API model. */
public final class StatesReference {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    private StatesReference() {
    }

    /** The reference schema's complaints about {@code definition}. */
    public static synchronized Set<ValidationMessage> schemaViolations(JsonNode definition) {
        if (schema == null) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson());
        }
        return schema.validate(definition);
    }

    /** The States Language schema as JSON. */
    public static JsonNode schemaJson() {
        return read("states-language/statemachine.schema.json");
    }

    /** The values of the HistoryEventType enum in the Step Functions API model. */
    public static List<String> historyEventTypes() {
        List<String> types = new ArrayList<>();
        read("aws-api-models/stepfunctions.json").path("shapes").path("HistoryEventType").path("enum")
                .forEach(type -> types.add(type.asText()));
        return types;
    }

    private static JsonNode read(String relative) {
        try {
            return MAPPER.readTree(ReferenceFiles.read(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
