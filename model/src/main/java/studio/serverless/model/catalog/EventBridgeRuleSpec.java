package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;
import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.json;
import static studio.serverless.model.catalog.PropertySpec.text;

import java.util.List;

/** The catalogue entry of an EventBridge rule, on an event pattern or a schedule. */
final class EventBridgeRuleSpec {

    private EventBridgeRuleSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.EVENTBRIDGE_RULE,
                "A rule on an event bus: it matches events against a pattern, or fires on a schedule, and sends"
                        + " them to its targets.",
                "Invokes its targets asynchronously: functions, state machines, queues.",
                "Custom events: per million published; rules and delivery to targets are free. Schedules are free.",
                List.of(
                        choice("trigger", "Fires on", "EVENT_PATTERN", List.of("EVENT_PATTERN", "SCHEDULE"),
                                "Match events on a bus, or fire on a schedule."),
                        json("eventPattern", "Event pattern",
                                "A JSON pattern that events must match, e.g. {\"source\": [\"orders\"]}."),
                        text("scheduleExpression", "Schedule", "rate(5 minutes)",
                                "rate(value unit), e.g. rate(1 hour), or cron(minutes hours day-of-month month"
                                        + " day-of-week year), e.g. cron(0 12 * * ? *), in UTC."),
                        text("eventBus", "Event bus", "default", "The bus the rule listens on (patterns only)."),
                        bool("enabled", "Enabled", true, "A disabled rule matches nothing.")),
                NamingRule.of(1, 64, "[.\\-_A-Za-z0-9]+", "letters, digits, dots (.), hyphens (-) and underscores (_)"),
                "rule");
    }
}
