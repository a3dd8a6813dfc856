package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.pattern.ContentPattern;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * The EventBridge emulator's logic: buses, rules and targets, free of any wire protocol. Thread-safe: every
 * operation holds the engine's lock, deliveries included, so events and schedules reach targets in order.
 */
public final class EventsEngine {

    private final Clock clock;
    private final Buses buses;
    private final EventFlow flow;
    private final RuleJournal journal;
    private final EventsTagging tagging;

    /** An engine whose default bus lives in {@code region} of {@code accountId}, delivering in-process. */
    public EventsEngine(Clock clock, String region, String accountId, SqsEngine sqs, SnsEngine sns,
            Integrations integrations) {
        this(clock, region, accountId, sqs, sns, integrations, RuleJournal.NONE);
    }

    /** An engine that reports every bus, rule and target change to {@code journal} before making it. */
    public EventsEngine(Clock clock, String region, String accountId, SqsEngine sqs, SnsEngine sns,
            Integrations integrations, RuleJournal journal) {
        this.clock = clock;
        this.buses = new Buses(region, accountId, clock.instant());
        this.tagging = new EventsTagging(buses);
        this.flow = new EventFlow(clock, buses, new TargetDispatcher(sqs, sns, integrations));
        this.journal = Objects.requireNonNull(journal);
    }

    /** Puts back a kept custom bus (without rules), journalling nothing. */
    public void restoreBus(EventBus kept) {
        synchronized (buses) {
            buses.add(new EventBus(kept.name(), kept.arn(), kept.description(), kept.creationTime(),
                    new LinkedHashMap<>()));
        }
    }

    /**
     * Puts back a kept rule with its targets on its restored bus, journalling nothing; a schedule counts from now.
     * A rule whose bus is gone is dropped.
     */
    public void restoreRule(RuleRecord kept) {
        synchronized (buses) {
            buses.all().stream().filter(bus -> bus.name().equals(kept.busName())).findFirst()
                    .ifPresent(bus -> bus.rules().put(kept.definition().name(), Rule.restored(kept, clock.instant())));
        }
    }

    /** Creates a custom bus; ResourceAlreadyExists when the name is taken. */
    public EventBus createEventBus(String name, String description) {
        return createEventBus(name, description, Map.of());
    }

    /** Creates a custom bus carrying {@code busTags}; ResourceAlreadyExists when the name is taken. */
    public EventBus createEventBus(String name, String description, Map<String, String> busTags) {
        EventsTagging.checkNew(busTags);
        synchronized (buses) {
            EventBus bus = buses.prepare(name, description, clock.instant());
            journal.busSaved(bus);
            buses.add(bus);
            tagging.tagNew(bus.arn(), busTags);
            return bus;
        }
    }

    /** Deletes a custom bus and its rules; deleting a missing bus succeeds, the default bus cannot go. */
    public void deleteEventBus(String name) {
        synchronized (buses) {
            if (buses.deletable(name)) {
                journal.busDeleted(Buses.nameOf(name));
                EventBus bus = buses.get(name);
                buses.delete(name);
                tagging.forget(bus.arn());
                bus.rules().values().forEach(rule -> tagging.forget(rule.arn()));
            }
        }
    }

    /** The bus named (or with the ARN) {@code nameOrArn}; the default bus for null. */
    public EventBus eventBus(String nameOrArn) {
        synchronized (buses) {
            return buses.get(nameOrArn);
        }
    }

    /** The buses whose names start with {@code prefix} (all for null). */
    public List<EventBus> eventBuses(String prefix) {
        synchronized (buses) {
            return buses.all().stream().filter(bus -> prefix == null || bus.name().startsWith(prefix)).toList();
        }
    }

    /** Creates or replaces a rule (its targets stay); answers its ARN. */
    public Rule putRule(String busName, RuleDefinition definition) {
        return putRule(busName, definition, Map.of());
    }

    /** Creates or replaces a rule as {@link #putRule(String, RuleDefinition)} does, adding {@code ruleTags}. */
    public Rule putRule(String busName, RuleDefinition definition, Map<String, String> ruleTags) {
        EventsTagging.checkNew(ruleTags);
        synchronized (buses) {
            EventBus bus = buses.get(busName);
            RuleChecks.definition(definition, bus.name().equals(Buses.DEFAULT));
            ContentPattern pattern = Rule.patternOf(definition);
            Schedule schedule = Rule.scheduleOf(definition);
            Rule rule = bus.rules().get(definition.name());
            if (rule == null) {
                rule = new Rule(bus.ruleArn(definition.name()), bus.name());
            }
            journal.ruleSaved(rule.record(definition, rule.targetsById().values()));
            bus.rules().put(definition.name(), rule);
            rule.define(definition, pattern, schedule, clock.instant());
            tagging.tagNew(rule.arn(), ruleTags);
            return rule;
        }
    }

    /** The rule; ResourceNotFound when it is not on the bus. */
    public Rule rule(String busName, String name) {
        synchronized (buses) {
            EventBus bus = buses.get(busName);
            Rule rule = bus.rules().get(name);
            if (rule == null) {
                throw EventsException.noSuchRule(name, bus.name());
            }
            return rule;
        }
    }

    /** The bus's rules whose names start with {@code prefix} (all for null), in the order they were put. */
    public List<Rule> rules(String busName, String prefix) {
        synchronized (buses) {
            return buses.get(busName).rules().values().stream()
                    .filter(rule -> prefix == null || rule.name().startsWith(prefix)).toList();
        }
    }

    /** Deletes a rule that has no targets; deleting a missing rule succeeds. */
    public void deleteRule(String busName, String name) {
        synchronized (buses) {
            EventBus bus = buses.get(busName);
            Rule rule = bus.rules().get(name);
            if (rule == null) {
                return;
            }
            if (!rule.targets().isEmpty()) {
                throw EventsException.validation("Rule can't be deleted since it has targets.");
            }
            journal.ruleDeleted(bus.name(), name);
            bus.rules().remove(name);
            tagging.forget(rule.arn());
        }
    }

    /** The tags of rules and buses (TagResource, UntagResource, ListTagsForResource). */
    public EventsTagging tagging() {
        return tagging;
    }

    /** Enables or disables a rule; a schedule restarts counting when enabled. */
    public void setRuleState(String busName, String name, boolean enabled) {
        synchronized (buses) {
            Rule rule = rule(busName, name);
            String state = enabled ? "ENABLED" : "DISABLED";
            journal.ruleSaved(rule.record(rule.definitionWithState(state), rule.targets()));
            rule.setState(state, clock.instant());
        }
    }

    /** Adds or replaces targets by id (at most 5 per rule). */
    public void putTargets(String busName, String ruleName, List<Target> targets) {
        synchronized (buses) {
            Rule rule = rule(busName, ruleName);
            Map<String, Target> next = rule.targetsWith(targets);
            journal.ruleSaved(rule.record(rule.definition(), next.values()));
            rule.targetsById().putAll(next);
        }
    }

    /** Removes targets by id; ids the rule does not have are ignored. */
    public void removeTargets(String busName, String ruleName, List<String> ids) {
        synchronized (buses) {
            Rule rule = rule(busName, ruleName);
            Map<String, Target> next = new LinkedHashMap<>(rule.targetsById());
            if (next.keySet().removeAll(ids)) {
                journal.ruleSaved(rule.record(rule.definition(), next.values()));
                rule.targetsById().keySet().removeAll(ids);
            }
        }
    }

    /** Puts events: each entry is accepted (matched and delivered) or refused on its own. */
    public List<EntryResult> putEvents(List<EventEntry> entries) {
        synchronized (buses) {
            return entries.stream().map(flow::put).toList();
        }
    }

    /** Whether {@code event} (a full event's JSON) matches {@code pattern}; errors as PutRule and AWS give them. */
    public boolean testEventPattern(String pattern, String event) {
        ContentPattern compiled = RuleChecks.pattern(pattern);
        JsonNode document = EventDocuments.parse(event);
        for (String field : List.of("id", "account", "source", "time", "region", "detail-type")) {
            if (document == null || !document.isObject() || !document.path(field).isTextual()) {
                throw EventsException.validation("Parameter Event is not valid.");
            }
        }
        return compiled.matches(document);
    }

    /** When the next enabled schedule fires on its own (on any bus), if any rule has a schedule. */
    public Optional<Instant> nextScheduledFiring() {
        synchronized (buses) {
            return buses.all().stream().flatMap(bus -> bus.rules().values().stream())
                    .filter(rule -> rule.enabled() && rule.schedule() != null && rule.nextFireAt() != null)
                    .map(Rule::nextFireAt).min(Comparator.naturalOrder());
        }
    }

    /** Fires every enabled schedule that is due by the clock's now; answers how many events it sent. */
    public int fireDueSchedules() {
        synchronized (buses) {
            return flow.fireDueSchedules();
        }
    }

    /**
     * Fires a schedule rule now, out of its schedule: its targets get a {@code Scheduled Event} (time: the clock's
     * now) exactly as at a scheduled firing, and when it next fires on its own does not change. A local tool for
     * trying a scheduled job without waiting; AWS has no such call.
     *
     * @return what was sent, to which targets
     * @throws EventsException ResourceNotFoundException for a rule not on the bus; ValidationException for a rule
     *                         without a schedule expression or one that is disabled
     */
    public ScheduleFiring fireNow(String busName, String ruleName) {
        synchronized (buses) {
            Rule rule = rule(busName, ruleName);
            if (rule.schedule() == null) {
                throw EventsException.validation("Rule " + ruleName + " matches events and has no schedule"
                        + " expression: only a schedule rule (rate() or cron()) can be fired.");
            }
            if (!rule.enabled()) {
                throw EventsException.validation("Rule " + ruleName + " is DISABLED: enable it to fire it.");
            }
            JsonNode event = flow.fireNow(rule);
            return new ScheduleFiring(rule.name(), event.get("id").asText(), event.get("time").asText(),
                    rule.targets());
        }
    }
}
