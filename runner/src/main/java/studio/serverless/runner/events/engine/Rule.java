package studio.serverless.runner.events.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.pattern.ContentPattern;

/**
 * A rule on a bus: its definition, compiled pattern or schedule, targets and, for a schedule, when it fires next.
 * Guarded by the engine's lock.
 */
public final class Rule {

    private final String arn;
    private final String busName;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private RuleDefinition definition;
    private ContentPattern pattern;
    private Schedule schedule;
    private Instant nextFireAt;

    Rule(String arn, String busName) {
        this.arn = arn;
        this.busName = busName;
    }

    void define(RuleDefinition definition, ContentPattern pattern, Schedule schedule, Instant now) {
        boolean newSchedule = schedule != null && (this.definition == null
                || !definition.scheduleExpression().equals(this.definition.scheduleExpression()));
        this.definition = definition;
        this.pattern = pattern;
        this.schedule = schedule;
        if (newSchedule) {
            nextFireAt = schedule.nextAfter(now);
        }
    }

    /** A kept rule made again with its targets; a schedule counts from {@code now}. */
    static Rule restored(RuleRecord kept, Instant now) {
        RuleDefinition definition = kept.definition();
        Rule rule = new Rule(kept.arn(), kept.busName());
        rule.define(definition, patternOf(definition), scheduleOf(definition), now);
        kept.targets().forEach(target -> rule.targets.put(target.id(), target));
        return rule;
    }

    /** The definition's compiled pattern, or null; ValidationException for a bad one. */
    static ContentPattern patternOf(RuleDefinition definition) {
        return definition.eventPattern() == null ? null : RuleChecks.pattern(definition.eventPattern());
    }

    /** The definition's parsed schedule, or null; ValidationException for a bad one. */
    static Schedule scheduleOf(RuleDefinition definition) {
        return definition.scheduleExpression() == null ? null : Schedule.parse(definition.scheduleExpression());
    }

    /** The targets once {@code added} are put (by id); LimitExceeded beyond five, ValidationException if bad. */
    Map<String, Target> targetsWith(List<Target> added) {
        added.forEach(RuleChecks::target);
        Map<String, Target> next = new LinkedHashMap<>(targets);
        added.forEach(target -> next.put(target.id(), target));
        if (next.size() > 5) {
            throw new EventsException(EventsError.LIMIT_EXCEEDED,
                    "The requested resource exceeds the maximum number allowed.");
        }
        return next;
    }

    /** The definition with {@code state} instead of the current one. */
    RuleDefinition definitionWithState(String state) {
        return new RuleDefinition(definition.name(), definition.eventPattern(), definition.scheduleExpression(),
                state, definition.description(), definition.roleArn());
    }

    /** The rule as it is kept, as it would be with {@code definition} and {@code targets}. */
    RuleRecord record(RuleDefinition definition, java.util.Collection<Target> targets) {
        return new RuleRecord(busName, arn, definition, List.copyOf(targets));
    }

    void setState(String state, Instant now) {
        boolean enabling = !enabled() && state.equals("ENABLED");
        definition = definitionWithState(state);
        if (enabling && schedule != null) {
            nextFireAt = schedule.nextAfter(now);
        }
    }

    /** The rule's name. */
    public String name() {
        return definition.name();
    }

    /** The rule's ARN. */
    public String arn() {
        return arn;
    }

    /** The name of the bus the rule is on. */
    public String busName() {
        return busName;
    }

    /** The rule as last put. */
    public RuleDefinition definition() {
        return definition;
    }

    /** ENABLED or DISABLED. */
    public String state() {
        return definition.state() == null ? "ENABLED" : definition.state();
    }

    /** Whether the rule acts on events and schedules. */
    public boolean enabled() {
        return !state().equals("DISABLED");
    }

    /** The targets, in the order they were put. */
    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    Map<String, Target> targetsById() {
        return targets;
    }

    ContentPattern pattern() {
        return pattern;
    }

    Schedule schedule() {
        return schedule;
    }

    Instant nextFireAt() {
        return nextFireAt;
    }

    void scheduledNext(Instant next) {
        nextFireAt = next;
    }
}
