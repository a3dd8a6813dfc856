package studio.serverless.model.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes the Amazon States Language definition of a state machine drawn without one: its Task states run one
 * after the other in the order the connections were drawn. Targets are named through definition substitutions
 * ({@code ${OrdersTableName}}), so no diagram text appears in a Resource or a substitution.
 */
public final class AslDefinitionBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> LAMBDA_TRANSIENT_ERRORS = List.of("Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException");

    private AslDefinitionBuilder() {
    }

    /** A definition running the tasks in sequence; a single Pass state when there are none. */
    public static ObjectNode sequential(String comment, List<AslTask> tasks) {
        ObjectNode definition = NODES.objectNode();
        definition.put("Comment", comment);
        ObjectNode states = NODES.objectNode();
        if (tasks.isEmpty()) {
            definition.put("StartAt", "Start");
            states.set("Start", NODES.objectNode().put("Type", "Pass").put("End", true));
        } else {
            definition.put("StartAt", tasks.get(0).stateName());
            for (int index = 0; index < tasks.size(); index++) {
                ObjectNode state = task(tasks.get(index));
                if (index + 1 < tasks.size()) {
                    state.put("Next", tasks.get(index + 1).stateName());
                } else {
                    state.put("End", true);
                }
                states.set(tasks.get(index).stateName(), state);
            }
        }
        definition.set("States", states);
        return definition;
    }

    private static ObjectNode task(AslTask task) {
        ObjectNode state = NODES.objectNode().put("Type", "Task").put("Resource", task.action().resource());
        ObjectNode parameters = state.putObject("Parameters");
        String target = "${" + task.variable() + "}";
        switch (task.action()) {
            case INVOKE_FUNCTION -> {
                parameters.put("FunctionName", target).put("Payload.$", "$");
                state.put("OutputPath", "$.Payload");
                state.set("Retry", lambdaRetry());
            }
            case PUT_ITEM -> parameters.put("TableName", target).set("Item", key(task));
            case GET_ITEM -> parameters.put("TableName", target).set("Key", key(task));
            case SEND_MESSAGE -> message(parameters.put("QueueUrl", target).put("MessageBody.$", "$"), task);
            case PUBLISH -> message(parameters.put("TopicArn", target).put("Message.$", "States.JsonToString($)"),
                    task);
        }
        if (task.action() == AslAction.GET_ITEM) {
            state.put("ResultPath", "$." + task.stateName());
        } else if (task.action() != AslAction.INVOKE_FUNCTION) {
            state.putNull("ResultPath");
        }
        return state;
    }

    private static void message(ObjectNode parameters, AslTask task) {
        if (task.fifo()) {
            parameters.put("MessageGroupId.$", "$$.Execution.Name");
            parameters.put("MessageDeduplicationId.$", "States.UUID()");
        }
    }

    private static JsonNode key(AslTask task) {
        ObjectNode value = NODES.objectNode().put(task.keyType() + ".$", jsonPath(task.keyAttribute()));
        return NODES.objectNode().set(task.keyAttribute(), value);
    }

    /**
     * The JSONPath of an input field: {@code $.orderId}, or bracket notation for unusual names. A name with a
     * backslash has no escape that JSONPath implementations agree on (asl-validator rejects them), so such a key is
     * read from the input's {@code key} field instead.
     */
    static String jsonPath(String field) {
        if (field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "$." + field;
        }
        if (field.contains("\\")) {
            return "$.key";
        }
        return "$['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static ArrayNode lambdaRetry() {
        ObjectNode retry = NODES.objectNode();
        ArrayNode errors = retry.putArray("ErrorEquals");
        LAMBDA_TRANSIENT_ERRORS.forEach(errors::add);
        retry.put("IntervalSeconds", 1).put("MaxAttempts", 3).put("BackoffRate", 2);
        return NODES.arrayNode().add(retry);
    }
}
