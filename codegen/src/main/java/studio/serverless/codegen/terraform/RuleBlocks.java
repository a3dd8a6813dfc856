package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.GenerationException;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * An EventBridge rule (event pattern or schedule, enabled or not), a target per connection (with constant input,
 * and a message group for FIFO queues), and, when it starts state machines, a role EventBridge assumes that may
 * start exactly those.
 */
final class RuleBlocks {

    private final TerraformContext context;

    RuleBlocks(TerraformContext context) {
        this.context = context;
    }

    List<HclBlock> of(Service rule) {
        String name = context.name(rule.id());
        HclBlock block = rule(rule);
        List<HclBlock> blocks = new ArrayList<>(List.of(block));
        List<Connection> toMachines = new ArrayList<>();
        for (Connection connection : context.outgoing(rule.id(), ConnectionType.EVENTBRIDGE_TARGET)) {
            blocks.add(target(block, connection, name + "_targets"));
            if (context.service(connection.target()).kind() == ServiceKind.STEP_FUNCTIONS) {
                toMachines.add(connection);
            }
        }
        if (!toMachines.isEmpty()) {
            blocks.addAll(role(name + "_targets", toMachines));
        }
        return blocks;
    }

    private HclBlock rule(Service rule) {
        HclBlock block = HclBlock.resource("aws_cloudwatch_event_rule", context.name(rule.id())).set("name",
                rule.name());
        String bus = rule.properties().text("eventBus");
        if ("SCHEDULE".equals(rule.properties().text("trigger"))) {
            block.set("schedule_expression", rule.properties().text("scheduleExpression"));
        } else {
            block.set("event_pattern", JsonText.compact(eventPattern(rule)));
            block.set("event_bus_name", !bus.isBlank() && !"default".equals(bus) ? bus : null);
        }
        return block.set("state", rule.properties().bool("enabled") ? "ENABLED" : "DISABLED");
    }

    private HclBlock target(HclBlock rule, Connection connection, String roleName) {
        Service target = context.service(connection.target());
        HclBlock eventTarget = HclBlock.resource("aws_cloudwatch_event_target", rule.labels().get(1) + "_to_"
                        + context.name(target.id()))
                .set("rule", rule.ref("name"))
                .set("event_bus_name", rule.ref("event_bus_name"))
                .set("target_id", targetId(target))
                .set("arn", context.ref(target.id(), "arn"));
        String input = connection.properties().text("input");
        if (!input.isBlank()) {
            eventTarget.set("input", JsonText.compact(JsonText.parse(input, "the input of connection "
                    + connection.id().value())));
        }
        if (target.kind() == ServiceKind.STEP_FUNCTIONS) {
            eventTarget.set("role_arn", HclBlock.resource("aws_iam_role", roleName).ref("arn"));
        } else if (target.kind() == ServiceKind.SQS_QUEUE && target.properties().bool("fifo")) {
            eventTarget.add(HclBlock.of("sqs_target").set("message_group_id", "events"));
        }
        return eventTarget;
    }

    private List<HclBlock> role(String name, List<Connection> toMachines) {
        HclBlock role = IamDocuments.role(name, "events.amazonaws.com");
        List<Map<String, Object>> statements = toMachines.stream().map(connection -> IamDocuments.allow(
                List.of("states:StartExecution"), List.of(context.ref(connection.target(), "arn")))).toList();
        return List.of(role, IamDocuments.rolePolicy(name, role, statements));
    }

    private String targetId(Service target) {
        String id = context.logicalId(target.id());
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    private static Object eventPattern(Service rule) {
        String pattern = rule.properties().text("eventPattern");
        if (pattern.isBlank()) {
            throw new GenerationException("EventBridge rule '" + rule.name() + "' has no event pattern; give it one"
                    + " or make it a schedule");
        }
        return JsonText.parse(pattern, "the event pattern of rule '" + rule.name() + "'");
    }
}
