package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.stepfunctions.service.StateMachineEntry;

/**
 * CreateStateMachine, UpdateStateMachine, DeleteStateMachine, DescribeStateMachine,
 * DescribeStateMachineForExecution and ListStateMachines.
 */
final class MachineActions {

    private MachineActions() {
    }

    static List<SfnAction> all() {
        return List.of(
                new SfnAction("CreateStateMachine", (request, service) -> {
                    StateMachineEntry entry = service.create(SfnAction.required(request, "name"),
                            SfnAction.required(request, "definition"), SfnAction.required(request, "roleArn"),
                            SfnAction.text(request, "type"));
                    ObjectNode answer = SfnAction.object().put("stateMachineArn", entry.arn());
                    return answer.put("creationDate", SfnAction.timestamp(entry.creationDate()));
                }),
                new SfnAction("UpdateStateMachine", (request, service) -> {
                    service.update(SfnAction.required(request, "stateMachineArn"),
                            SfnAction.text(request, "definition"), SfnAction.text(request, "roleArn"));
                    return SfnAction.object().put("updateDate", SfnAction.timestamp(service.now()));
                }),
                new SfnAction("DeleteStateMachine", (request, service) -> {
                    service.delete(SfnAction.required(request, "stateMachineArn"));
                    return SfnAction.object();
                }),
                new SfnAction("DescribeStateMachine", (request, service) ->
                        describe(service.machine(SfnAction.required(request, "stateMachineArn")))),
                new SfnAction("DescribeStateMachineForExecution", (request, service) -> {
                    StateMachineEntry entry = service.machineOf(SfnAction.required(request, "executionArn"));
                    return SfnAction.object().put("stateMachineArn", entry.arn()).put("name", entry.name())
                            .put("definition", entry.definition()).put("roleArn", entry.roleArn())
                            .put("updateDate", SfnAction.timestamp(entry.updateDate()));
                }),
                new SfnAction("ListStateMachines", (request, service) -> {
                    Pages<StateMachineEntry> page = Pages.of(service.machines(), request, StateMachineEntry::arn);
                    ObjectNode answer = SfnAction.object();
                    ArrayNode list = answer.putArray("stateMachines");
                    page.items().forEach(entry -> list.addObject().put("stateMachineArn", entry.arn())
                            .put("name", entry.name()).put("type", entry.type())
                            .put("creationDate", SfnAction.timestamp(entry.creationDate())));
                    return page.addTokenTo(answer);
                }));
    }

    private static ObjectNode describe(StateMachineEntry entry) {
        return SfnAction.object().put("stateMachineArn", entry.arn()).put("name", entry.name())
                .put("status", "ACTIVE").put("definition", entry.definition()).put("roleArn", entry.roleArn())
                .put("type", entry.type()).put("creationDate", SfnAction.timestamp(entry.creationDate()));
    }
}
