package studio.serverless.runner.stepfunctions.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.stepfunctions.StatesReference;

class StateFieldsTest {

    @Test
    void everyFieldTheEngineAcceptsIsAFieldOfTheReferenceSchema() {
        JsonNode definitions = StatesReference.schemaJson().get("definitions");
        StateFields.BY_TYPE.forEach((type, fields) -> {
            Set<String> schemaFields = new HashSet<>();
            definitions.get(type.toLowerCase(Locale.ROOT)).path("properties").fieldNames()
                    .forEachRemaining(schemaFields::add);
            // the schema's Succeed lists only Type and Comment, but the specification gives it InputPath and
            // OutputPath like every state but Fail
            if ("Succeed".equals(type)) {
                schemaFields.addAll(Set.of("InputPath", "OutputPath", "QueryLanguage"));
            }
            // the specification's filter table gives Parallel a Parameters field that the schema leaves out
            if ("Parallel".equals(type)) {
                schemaFields.add("Parameters");
            }
            Set<String> extra = new HashSet<>(fields);
            extra.removeAll(schemaFields);
            assertTrue(extra.isEmpty(), type + " accepts fields the schema lacks: " + extra);
        });
    }

    @Test
    void everyFieldOfAJsonataStateIsAFieldOfTheReferenceSchema() {
        JsonNode definitions = StatesReference.schemaJson().get("definitions");
        StateFields.JSONATA_BY_TYPE.forEach((type, fields) -> {
            Set<String> schemaFields = new HashSet<>();
            definitions.get(type.toLowerCase(Locale.ROOT)).path("properties").fieldNames()
                    .forEachRemaining(schemaFields::add);
            // as for JSONPath, the schema's Succeed lists only Type and Comment; AWS gives a JSONata Succeed Output
            if ("Succeed".equals(type)) {
                schemaFields.addAll(Set.of("Output", "QueryLanguage"));
            }
            Set<String> extra = new HashSet<>(fields);
            extra.removeAll(schemaFields);
            assertTrue(extra.isEmpty(), type + " accepts JSONata fields the schema lacks: " + extra);
        });
    }

    @Test
    void noFieldBelongsToOneLanguageOnlyAndIsAllowedInIt() {
        StateFields.JSONATA_BY_TYPE.forEach((type, fields) -> fields.forEach(field -> assertTrue(
                !StateFields.JSONPATH_ONLY.containsKey(field), type + " (JSONata) allows " + field)));
        StateFields.BY_TYPE.forEach((type, fields) -> fields.forEach(field -> assertTrue(
                !StateFields.JSONATA_ONLY.containsKey(field), type + " (JSONPath) allows " + field)));
    }
}
