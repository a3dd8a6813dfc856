package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The event an EventBridge rule's target function receives: the rule's constant input when its connection sets
 * one; else the scheduled event for a schedule; else an event on the rule's bus with the source and
 * detail-type its pattern matches (the scheduled event's envelope, which is every EventBridge event's).
 */
final class RuleSampleEvents {

    private RuleSampleEvents() {
    }

    static SampleEvent of(Service rule, Connection target) {
        String input = target.properties().text("input");
        if (input != null && !input.isBlank()) {
            return new SampleEvent("Constant input of rule " + rule.name(), JsonDocuments.pretty(input));
        }
        ObjectNode event = EventTemplate.fill("cloudwatch-ScheduledEvent",
                SampleEvents.withCommon(Map.of("rule", rule.name())));
        if ("SCHEDULE".equals(rule.properties().text("trigger"))) {
            return new SampleEvent("Scheduled event of rule " + rule.name(), SampleEvents.pretty(event));
        }
        EventPatternSample sample = EventPatternSample.of(rule.properties().text("eventPattern"));
        event.put("source", sample.source());
        event.put("detail-type", sample.detailType());
        event.putArray("resources");
        return new SampleEvent("Event matching rule " + rule.name(), SampleEvents.pretty(event));
    }
}
