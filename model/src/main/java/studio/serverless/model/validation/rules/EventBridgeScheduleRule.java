package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A scheduled EventBridge rule has a schedule expression EventBridge accepts: rate(...) or cron(...). */
public final class EventBridgeScheduleRule implements ValidationRule {

    @Override
    public String id() {
        return "eventbridge-schedule";
    }

    @Override
    public String description() {
        return "A scheduled EventBridge rule has a valid rate(...) or cron(...) schedule expression.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service rule : context.services(ServiceKind.EVENTBRIDGE_RULE)) {
            if (!"SCHEDULE".equals(rule.properties().text("trigger"))) {
                continue;
            }
            String expression = rule.properties().text("scheduleExpression");
            ScheduleExpression.problem(expression).ifPresent(problem -> diagnostics.add(new Diagnostic(id(),
                    Severity.ERROR, List.of(rule.id()),
                    RuleText.named(rule) + " runs on a schedule, but its schedule expression is invalid: "
                            + problem + " EventBridge refuses to create the rule, so it would never fire.",
                    "Write the schedule as " + ScheduleExpression.SYNTAX + "; times are in UTC.")));
        }
        return diagnostics;
    }
}
