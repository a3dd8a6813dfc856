package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.events.engine.EventsException;
import studio.serverless.runner.events.engine.Rule;
import studio.serverless.runner.events.engine.RuleDefinition;

/** PutRule, DescribeRule, ListRules, DeleteRule, EnableRule and DisableRule. */
final class RuleActions {

    private RuleActions() {
    }

    static List<EventsAction> all() {
        return List.of(EventsAction.of("PutRule", (input, engine) -> EventsAction.empty().put("RuleArn",
                        engine.putRule(input.string("EventBusName"), new RuleDefinition(input.required("Name"),
                                input.string("EventPattern"), input.string("ScheduleExpression"), input.string("State"),
                                input.string("Description"), input.string("RoleArn")), TagActions.tags(input)).arn())),
                EventsAction.of("DescribeRule", (input, engine) -> describe(engine.rule(input.string("EventBusName"),
                        input.required("Name"))).put("CreatedBy", "000000000000")),
                EventsAction.of("ListRules", RuleActions::listRules),
                EventsAction.of("DeleteRule", (input, engine) -> {
                    engine.deleteRule(input.string("EventBusName"), input.required("Name"));
                    return EventsAction.empty();
                }),
                EventsAction.of("EnableRule", (input, engine) -> {
                    engine.setRuleState(input.string("EventBusName"), input.required("Name"), true);
                    return EventsAction.empty();
                }),
                EventsAction.of("DisableRule", (input, engine) -> {
                    engine.setRuleState(input.string("EventBusName"), input.required("Name"), false);
                    return EventsAction.empty();
                }));
    }

    private static ObjectNode listRules(EventsInput input, studio.serverless.runner.events.engine.EventsEngine engine) {
        List<Rule> rules = engine.rules(input.string("EventBusName"), input.string("NamePrefix"));
        Integer limit = input.integer("Limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw EventsException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value between 1 and 100");
        }
        int start = Paging.start(input.string("NextToken"), rules.size());
        int end = Math.min(rules.size(), start + (limit == null ? 100 : limit));
        ObjectNode result = EventsAction.empty();
        ArrayNode listed = result.putArray("Rules");
        rules.subList(start, end).forEach(rule -> listed.add(describe(rule)));
        if (end < rules.size()) {
            result.put("NextToken", String.valueOf(end));
        }
        return result;
    }

    private static ObjectNode describe(Rule rule) {
        RuleDefinition definition = rule.definition();
        ObjectNode node = EventsAction.empty().put("Name", rule.name()).put("Arn", rule.arn());
        putIfSet(node, "EventPattern", definition.eventPattern());
        putIfSet(node, "ScheduleExpression", definition.scheduleExpression());
        node.put("State", rule.state());
        putIfSet(node, "Description", definition.description());
        putIfSet(node, "RoleArn", definition.roleArn());
        return node.put("EventBusName", rule.busName());
    }

    static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
