package studio.serverless.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The reference checks bite: output that breaks AWS's schemas is caught, so a passing check means something. */
class ReferenceSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void cloudFormationSchemaCatchesAnUnknownProperty() throws Exception {
        JsonNode queue = MAPPER.readTree("{\"QueueName\": \"q\", \"MaxReceives\": 3}");

        assertFalse(ReferenceSchemas.validateCloudFormation("AWS::SQS::Queue", queue).isEmpty());
    }

    @Test
    void samSchemaCatchesAnUnknownFunctionProperty() throws Exception {
        JsonNode function = MAPPER.readTree(
                "{\"Type\": \"AWS::Serverless::Function\", \"Properties\": {\"Memory\": 128}}");

        assertFalse(ReferenceSchemas.validateServerless("AWS::Serverless::Function", function).isEmpty());
    }

    @Test
    void statesLanguageSchemaCatchesAMachineWithoutStates() throws Exception {
        JsonNode definition = MAPPER.readTree("{\"StartAt\": \"A\"}");

        assertFalse(ReferenceSchemas.validateStateMachine(definition).isEmpty());
    }
}
