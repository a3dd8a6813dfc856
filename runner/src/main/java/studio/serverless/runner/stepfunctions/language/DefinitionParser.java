package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an Amazon States Language definition into a {@link StateMachine}, or refuses it with
 * {@link InvalidDefinitionException} listing every problem: each names the state and field, and says what was
 * expected.
 */
public final class DefinitionParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version",
            "QueryLanguage");

    private DefinitionParser() {
    }

    /** Parses definition text (JSON). */
    public static StateMachine parse(String definition) {
        try {
            return parse(MAPPER.readTree(definition));
        } catch (JsonProcessingException invalid) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem("", "the definition is not valid JSON: "
                    + invalid.getOriginalMessage() + " at line " + invalid.getLocation().getLineNr()
                    + ", column " + invalid.getLocation().getColumnNr())));
        }
    }

    /** Parses a definition already read as JSON. */
    public static StateMachine parse(JsonNode definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (definition == null || !definition.isObject()) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem("",
                    "the definition must be a JSON object with StartAt and States, not " + definition)));
        }
        Fields fields = new Fields((ObjectNode) definition, "", "The state machine", problems);
        String version = fields.text("Version", false);
        if (version != null && !"1.0".equals(version)) {
            fields.report("Version", "must be \"1.0\", not '" + version + "'");
        }
        StateMachine machine = MachineParser.machine(fields, TOP_LEVEL, "a state machine", QueryLanguage.JSONPATH);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return machine;
    }
}
