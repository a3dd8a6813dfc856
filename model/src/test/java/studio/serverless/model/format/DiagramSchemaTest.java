package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;

/** docs/diagram.schema.json agrees with the writer and with the catalogue's kind and type ids. */
class DiagramSchemaTest {

    private static final Path SCHEMA = DiagramSchema.FILE;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writtenDiagramKeepsTheSchema() throws IOException {
        JsonNode written = MAPPER.readTree(DiagramWriter.write(SampleDiagrams.everyKindAndConnection()));

        assertEquals(Set.of(), schema().validate(written));
    }

    @Test
    void schemaRefusesAnUnknownKind() throws IOException {
        ObjectNode written = (ObjectNode) MAPPER.readTree(DiagramWriter.write(SampleDiagrams.everyKindAndConnection()));
        ((ObjectNode) written.get("services").get(0)).put("kind", "lamda");

        Set<ValidationMessage> messages = schema().validate(written);

        assertFalse(messages.isEmpty());
    }

    @Test
    void schemaKindsAreTheServiceKindIds() throws IOException {
        List<String> kinds = Arrays.stream(ServiceKind.values()).map(ServiceKind::id).toList();

        assertEquals(kinds, enumAt("/$defs/service/properties/kind/enum"));
    }

    @Test
    void schemaConnectionTypesAreTheConnectionTypeIds() throws IOException {
        List<String> types = Arrays.stream(ConnectionType.values()).map(ConnectionType::id).toList();

        assertEquals(types, enumAt("/$defs/connection/properties/type/enum"));
    }

    private static JsonSchema schema() throws IOException {
        return DiagramSchema.load();
    }

    private static List<String> enumAt(String pointer) throws IOException {
        JsonNode values = MAPPER.readTree(Files.readString(SCHEMA)).at(pointer);
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
    }
}
