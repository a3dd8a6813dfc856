package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** An EventBridge rule with no target: it matches events (or ticks) and hands them to nobody. */
public final class EventBridgeRuleWithoutTargetRule implements ValidationRule {

    @Override
    public String id() {
        return "eventbridge-rule-without-target";
    }

    @Override
    public String description() {
        return "Every EventBridge rule has at least one target.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service rule : context.services(ServiceKind.EVENTBRIDGE_RULE)) {
            if (context.outgoing(rule.id(), ConnectionType.EVENTBRIDGE_TARGET).isEmpty()) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(rule.id()),
                        "The EventBridge rule " + ElementProperties.quoted(rule) + " has no target: every event it"
                                + " matches (or every tick of its schedule) is thrown away. A rule can have up to"
                                + " 5 targets; it needs at least one to do anything.",
                        "Connect the rule to a function, state machine or queue with an EventBridge target, or"
                                + " remove it."));
            }
        }
        return diagnostics;
    }
}
