package studio.serverless.runner.stepfunctions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studio.serverless.runner.stepfunctions.engine.ExecutionType;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.language.DefinitionProblem;
import studio.serverless.runner.stepfunctions.language.InvalidDefinitionException;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/** The checks of request values that refuse with AWS's errors: names, ARNs, definitions and inputs. */
final class RequestChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,80}");

    private RequestChecks() {
    }

    static StateMachine parse(String definition) {
        try {
            return DefinitionParser.parse(definition);
        } catch (InvalidDefinitionException invalid) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_DEFINITION,
                    "Invalid State Machine Definition: " + invalid.problems().stream()
                            .map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    static JsonNode input(String input) {
        try {
            return MAPPER.readTree(input == null ? "{}" : input);
        } catch (JsonProcessingException invalid) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_EXECUTION_INPUT,
                    "Invalid execution input: " + invalid.getOriginalMessage());
        }
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_NAME, "Invalid Name: '" + name
                    + "' (1 to 80 characters, no white space, brackets, wildcards or \" # % \\ ^ | ~ ` $ & , ; : /)");
        }
    }

    /** An execution ARN of either type ({@code :execution:} or {@code :express:}), else InvalidArn. */
    static void checkExecutionArn(String arn) {
        if (arn == null || !arn.startsWith("arn:") || !ExecutionType.isExecutionArn(arn)) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_ARN, "Invalid Arn: '" + arn + "'");
        }
    }

    static void checkArn(String arn, String kind) {
        if (arn == null || !arn.startsWith("arn:") || !arn.contains(kind)) {
            throw new StepFunctionsException(StepFunctionsError.INVALID_ARN, "Invalid Arn: '" + arn + "'");
        }
    }
}
