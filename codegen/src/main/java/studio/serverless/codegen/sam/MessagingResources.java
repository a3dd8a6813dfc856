package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * Deliveries into queues that SAM has no event for: SNS subscriptions of queues, EventBridge rules targeting
 * queues, and the one queue policy per queue that lets exactly those topics and rules send to it (a queue has a
 * single policy: two QueuePolicy resources on one queue would overwrite each other).
 */
final class MessagingResources {

    private final SamContext context;

    MessagingResources(SamContext context) {
        this.context = context;
    }

    /** The subscription of a queue to a topic. */
    CfnResource subscription(Connection connection) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TopicArn", ref(context.logicalId(connection.source())));
        properties.put("Protocol", "sqs");
        properties.put("Endpoint", getAtt(context.logicalId(connection.target()), "Arn"));
        if (connection.properties().bool("rawMessageDelivery")) {
            properties.put("RawMessageDelivery", true);
        }
        String filter = connection.properties().text("filterPolicy");
        if (!filter.isBlank()) {
            properties.put("FilterPolicy", JsonText.parse(filter, "the filter policy of connection "
                    + connection.id().value()));
        }
        return new CfnResource(context.logicalId(connection.source()) + context.logicalId(connection.target())
                + "Subscription", "AWS::SNS::Subscription", properties);
    }

    /** The EventBridge rule of a diagram rule with queue targets, or empty when it has none. */
    Optional<CfnResource> ruleWithQueueTargets(Service rule) {
        List<Connection> toQueues = queueTargets(rule);
        if (toQueues.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", rule.name());
        properties.put("State", rule.properties().bool("enabled") ? "ENABLED" : "DISABLED");
        if ("SCHEDULE".equals(rule.properties().text("trigger"))) {
            properties.put("ScheduleExpression", rule.properties().text("scheduleExpression"));
        } else {
            properties.put("EventPattern", JsonText.parse(rule.properties().text("eventPattern"),
                    "the event pattern of rule '" + rule.name() + "'"));
            String bus = rule.properties().text("eventBus");
            if (!bus.isBlank() && !"default".equals(bus)) {
                properties.put("EventBusName", bus);
            }
        }
        properties.put("Targets", toQueues.stream().map(this::queueTarget).toList());
        return Optional.of(new CfnResource(context.logicalId(rule.id()), "AWS::Events::Rule", properties));
    }

    /** The policy of a queue that topics or rules deliver to, or empty when none does. */
    Optional<CfnResource> queuePolicy(Service queue) {
        String queueId = context.logicalId(queue.id());
        List<Object> statements = new ArrayList<>();
        for (Connection connection : context.incoming(queue.id(), List.of(ConnectionType.SNS_SUBSCRIPTION,
                ConnectionType.EVENTBRIDGE_TARGET))) {
            String source = context.logicalId(connection.source());
            boolean topic = connection.type() == ConnectionType.SNS_SUBSCRIPTION;
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("Sid", "Allow" + source);
            statement.put("Effect", "Allow");
            statement.put("Principal", Map.of("Service", topic ? "sns.amazonaws.com" : "events.amazonaws.com"));
            statement.put("Action", "sqs:SendMessage");
            statement.put("Resource", getAtt(queueId, "Arn"));
            statement.put("Condition", Map.of("ArnEquals", Map.of("aws:SourceArn",
                    topic ? ref(source) : getAtt(source, "Arn"))));
            statements.add(statement);
        }
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Queues", List.of(ref(queueId)));
        properties.put("PolicyDocument", ApiStatesRole.document(statements));
        return Optional.of(new CfnResource(queueId + "Policy", "AWS::SQS::QueuePolicy", properties));
    }

    private List<Connection> queueTargets(Service rule) {
        return context.outgoing(rule.id(), ConnectionType.EVENTBRIDGE_TARGET).stream()
                .filter(c -> context.service(c.target()).kind() == ServiceKind.SQS_QUEUE).toList();
    }

    private Map<String, Object> queueTarget(Connection connection) {
        Service queue = context.service(connection.target());
        String queueId = context.logicalId(queue.id());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("Id", queueId.length() <= 64 ? queueId : queueId.substring(0, 64));
        target.put("Arn", getAtt(queueId, "Arn"));
        String input = connection.properties().text("input");
        if (!input.isBlank()) {
            target.put("Input", JsonText.compact(JsonText.parse(input, "the input of connection "
                    + connection.id().value())));
        }
        if (queue.properties().bool("fifo")) {
            target.put("SqsParameters", Map.of("MessageGroupId", "events"));
        }
        return target;
    }
}
