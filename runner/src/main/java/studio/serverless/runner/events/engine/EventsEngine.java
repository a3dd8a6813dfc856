package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
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

    /** An engine whose default bus lives in {@code region} of {@code accountId}, delivering in-process. */
    public EventsEngine(Clock clock, String region, String accountId, SqsEngine sqs, SnsEngine sns,
            Integrations integrations) {
        this.clock = clock;
        this.buses = new Buses(region, accountId, clock.instant());
        this.flow = new EventFlow(clock, buses, new TargetDispatcher(sqs, sns, integrations));
    }

    /** Creates a custom bus; ResourceAlreadyExists when the name is taken. */
    public EventBus createEventBus(String name, String description) {
        synchronized (buses) {
            return buses.create(name, description, clock.instant());
        }
    }

    /** Deletes a custom bus and its rules; deleting a missing bus succeeds, the default bus cannot go. */
    public void deleteEventBus(String name) {
        synchronized (buses) {
            buses.delete(name);
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
        synchronized (buses) {
            EventBus bus = buses.get(busName);
            RuleChecks.definition(definition, bus.name().equals(Buses.DEFAULT));
            ContentPattern pattern = definition.eventPattern() == null ? null
                    : RuleChecks.pattern(definition.eventPattern());
            Schedule schedule = definition.scheduleExpression() == null ? null
                    : Schedule.parse(definition.scheduleExpression());
            Rule rule = bus.rules().computeIfAbsent(definition.name(), name -> new Rule(bus.ruleArn(name), bus.name()));
            rule.define(definition, pattern, schedule, clock.instant());
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
            if (rule != null && !rule.targets().isEmpty()) {
                throw EventsException.validation("Rule can't be deleted since it has targets.");
            }
            bus.rules().remove(name);
        }
    }

    /** Enables or disables a rule; a schedule restarts counting when enabled. */
    public void setRuleState(String busName, String name, boolean enabled) {
        synchronized (buses) {
            rule(busName, name).setState(enabled ? "ENABLED" : "DISABLED", clock.instant());
        }
    }

    /** Adds or replaces targets by id (at most 5 per rule). */
    public void putTargets(String busName, String ruleName, List<Target> targets) {
        synchronized (buses) {
            Rule rule = rule(busName, ruleName);
            targets.forEach(RuleChecks::target);
            long added = targets.stream().map(Target::id).distinct()
                    .filter(id -> !rule.targetsById().containsKey(id)).count();
            if (rule.targetsById().size() + added > 5) {
                throw new EventsException(EventsError.LIMIT_EXCEEDED,
                        "The requested resource exceeds the maximum number allowed.");
            }
            targets.forEach(target -> rule.targetsById().put(target.id(), target));
        }
    }

    /** Removes targets by id; ids the rule does not have are ignored. */
    public void removeTargets(String busName, String ruleName, List<String> ids) {
        synchronized (buses) {
            rule(busName, ruleName).targetsById().keySet().removeAll(ids);
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

    /** Fires every enabled schedule that is due by the clock's now; answers how many events it sent. */
    public int fireDueSchedules() {
        synchronized (buses) {
            return flow.fireDueSchedules();
        }
    }
}
