package studio.serverless.runner.events.engine;

import java.util.Set;
import java.util.regex.Pattern;
import studio.serverless.runner.pattern.ContentPattern;
import studio.serverless.runner.pattern.PatternCompiler;
import studio.serverless.runner.pattern.PatternException;

/** The checks AWS makes on bus names, rule definitions, patterns and targets, with AWS's messages. */
final class RuleChecks {

    private static final Pattern RULE_NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final Pattern BUS_NAME = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}");
    private static final Pattern TARGET_ID = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final Set<String> STATES = Set.of("ENABLED", "DISABLED",
            "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");

    private RuleChecks() {
    }

    static void busName(String name) {
        if (name == null || !BUS_NAME.matcher(name).matches()) {
            throw constraint(name, "name", "[/\\.\\-_A-Za-z0-9]+");
        }
    }

    static void definition(RuleDefinition rule, boolean defaultBus) {
        if (rule.name() == null || !RULE_NAME.matcher(rule.name()).matches()) {
            throw constraint(rule.name(), "name", "[\\.\\-_A-Za-z0-9]+");
        }
        if (rule.eventPattern() == null && rule.scheduleExpression() == null) {
            throw EventsException.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        if (rule.scheduleExpression() != null && !defaultBus) {
            throw EventsException.validation("ScheduleExpression is supported only on the default event bus.");
        }
        if (rule.state() != null && !STATES.contains(rule.state())) {
            throw constraint(rule.state(), "state", "Member must satisfy enum value set: " + STATES);
        }
    }

    /** Compiles an EventBridge pattern; InvalidEventPatternException with the reason when it is not valid. */
    static ContentPattern pattern(String json) {
        try {
            return PatternCompiler.compile(json);
        } catch (PatternException e) {
            throw new EventsException(EventsError.INVALID_EVENT_PATTERN,
                    "Event pattern is not valid. Reason: " + e.getMessage());
        }
    }

    static void target(Target target) {
        if (target.id() == null || !TARGET_ID.matcher(target.id()).matches()) {
            throw constraint(target.id(), "targets.member.id", "[\\.\\-_A-Za-z0-9]+");
        }
        int inputs = (target.input() != null ? 1 : 0) + (target.inputPath() != null ? 1 : 0)
                + (target.transforms() ? 1 : 0);
        if (inputs > 1) {
            throw EventsException.validation("Only one of Input, InputPath, or InputTransformer must be provided "
                    + "for target " + target.id() + ".");
        }
        if (target.input() != null && EventDocuments.parse(target.input()) == null) {
            throw EventsException.validation("Target " + target.id() + " has invalid Input: it must be valid JSON.");
        }
        if (target.inputPath() != null && !JsonPaths.isValid(target.inputPath())) {
            throw EventsException.validation("Target " + target.id() + " has an invalid InputPath.");
        }
        if (target.transforms()) {
            target.inputPathsMap().forEach((name, path) -> {
                if (!JsonPaths.isValid(path)) {
                    throw EventsException.validation("InputTransformer's InputPathsMap has an invalid JSON path "
                            + path + " for key " + name + ".");
                }
            });
        }
    }

    private static EventsException constraint(String value, String member, String pattern) {
        return EventsException.validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + pattern);
    }
}
