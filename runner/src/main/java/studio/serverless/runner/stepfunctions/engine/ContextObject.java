package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The context object {@code $$}: Execution, StateMachine, State, in a callback Task Task.Token and, in an
 * ItemSelector, Map.Item.
 */
final class ContextObject {

    /** The role the local cloud runs every execution as. */
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/LocalStepFunctionsRole";

    private ContextObject() {
    }

    static ObjectNode base(Execution execution) {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        ObjectNode run = context.putObject("Execution");
        run.put("Id", execution.executionArn());
        run.set("Input", execution.input());
        run.put("Name", execution.name());
        run.put("RoleArn", ROLE_ARN);
        run.put("StartTime", Details.timestamp(execution.startDate()));
        run.put("RedriveCount", 0);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", execution.stateMachineArn());
        String arn = execution.stateMachineArn();
        machine.put("Name", arn.substring(arn.lastIndexOf(':') + 1));
        return context;
    }

    static ObjectNode withState(ObjectNode base, String name, Instant entered, int retryCount) {
        ObjectNode state = base.putObject("State");
        state.put("EnteredTime", Details.timestamp(entered));
        state.put("Name", name);
        state.put("RetryCount", retryCount);
        return base;
    }

    static ObjectNode withTaskToken(ObjectNode context, String token) {
        context.putObject("Task").put("Token", token);
        return context;
    }

    static ObjectNode withMapItem(ObjectNode context, int index, JsonNode value) {
        ObjectNode item = context.putObject("Map").putObject("Item");
        item.put("Index", index);
        item.set("Value", value);
        return context;
    }
}
