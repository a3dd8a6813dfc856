package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.Rule;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Creates the diagram's EventBridge rules (pattern or schedule, on their bus) with the queues and functions drawn
 * and state machines drawn as their targets.
 */
final class RuleProvisioner implements ResourceProvisioner {

    private static final String DEFAULT_BUS = "default";

    private final EventsEngine events;
    private final SqsEngine sqs;
    private final LambdaEngine lambda;

    RuleProvisioner(EventsEngine events, SqsEngine sqs, LambdaEngine lambda) {
        this.events = events;
        this.sqs = sqs;
        this.lambda = lambda;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.EVENTBRIDGE_RULE) {
                String bus = busOf(service.properties());
                Rule rule = events.putRule(bus, definition(service));
                List<Target> targets = targets(diagram, service);
                if (!targets.isEmpty()) {
                    events.putTargets(bus, service.name(), targets);
                }
                created.add(new ProvisionedResource(ServiceKind.EVENTBRIDGE_RULE, service.name(), rule.arn()));
            }
        }
        return created;
    }

    private String busOf(PropertyValues values) {
        boolean schedule = "SCHEDULE".equals(values.text("trigger"));
        String bus = values.text("eventBus");
        if (schedule || bus == null || bus.isBlank() || DEFAULT_BUS.equals(bus)) {
            return DEFAULT_BUS;
        }
        if (events.eventBuses(bus).stream().noneMatch(existing -> existing.name().equals(bus))) {
            events.createEventBus(bus, null);
        }
        return bus;
    }

    private static RuleDefinition definition(Service rule) {
        PropertyValues values = rule.properties();
        boolean schedule = "SCHEDULE".equals(values.text("trigger"));
        return new RuleDefinition(rule.name(), schedule ? null : values.text("eventPattern"),
                schedule ? values.text("scheduleExpression") : null,
                values.bool("enabled") ? "ENABLED" : "DISABLED", null, null);
    }

    private List<Target> targets(Diagram diagram, Service rule) {
        List<Target> targets = new ArrayList<>();
        for (Connection connection : diagram.connectionsOf(rule.id())) {
            Service target = diagram.require(connection.target());
            String arn = connection.type() != ConnectionType.EVENTBRIDGE_TARGET ? null : switch (target.kind()) {
                case SQS_QUEUE -> sqs.queue(target.name()).arn();
                case LAMBDA_FUNCTION -> lambda.arn(target.name());
                case STEP_FUNCTIONS -> LocalSubstitutions.stateMachineArn(LocalCloud.DEFAULT_REGION,
                        CallerIdentity.ACCOUNT_ID, target.name());
                default -> null;
            };
            if (arn != null) {
                String input = connection.properties().text("input");
                targets.add(new Target(target.name(), arn, input == null || input.isBlank() ? null : input, null,
                        null, null, null));
            }
        }
        return targets;
    }
}
