package studio.serverless.runner.events.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How events move: an entry is checked, made into an event, matched against the enabled rules of its bus, and each
 * matching rule's targets get their input. Schedules fire the same way, with AWS's {@code Scheduled Event}. Runs
 * under the engine's lock.
 */
final class EventFlow {

    /** Missed firings replayed per rule at most, after a long jump of the clock; later ones are skipped. */
    static final int MAX_CATCH_UP = 100;

    private final Clock clock;
    private final Buses buses;
    private final TargetDispatcher dispatcher;

    EventFlow(Clock clock, Buses buses, TargetDispatcher dispatcher) {
        this.clock = clock;
        this.buses = buses;
        this.dispatcher = dispatcher;
    }

    EntryResult put(EventEntry entry) {
        String missing = entry.source() == null ? "Source" : entry.detailType() == null ? "DetailType"
                : entry.detail() == null ? "Detail" : null;
        if (missing != null) {
            return EntryResult.refused("InvalidArgument", "Parameter " + missing + " is not valid. Reason: "
                    + missing + " is a required argument.");
        }
        JsonNode detail = EventDocuments.parse(entry.detail());
        if (detail == null || !detail.isObject()) {
            return EntryResult.refused("MalformedDetail", "Detail is malformed.");
        }
        EventBus bus;
        try {
            bus = buses.get(entry.eventBusName());
        } catch (EventsException e) {
            return EntryResult.refused("ResourceNotFoundException", e.getMessage());
        }
        String id = UUID.randomUUID().toString();
        Instant time = entry.time() != null ? entry.time() : clock.instant();
        JsonNode event = EventDocuments.event(id, entry.detailType(), entry.source(), buses.accountId(), time,
                buses.region(), entry.resources(), detail);
        for (Rule rule : List.copyOf(bus.rules().values())) {
            if (rule.enabled() && rule.pattern() != null && rule.pattern().matches(event)) {
                deliver(rule, event);
            }
        }
        return EntryResult.accepted(id);
    }

    int fireDueSchedules() {
        Instant now = clock.instant();
        int fired = 0;
        for (EventBus bus : buses.all()) {
            for (Rule rule : List.copyOf(bus.rules().values())) {
                fired += fireDue(rule, now);
            }
        }
        return fired;
    }

    private int fireDue(Rule rule, Instant now) {
        if (!rule.enabled() || rule.schedule() == null) {
            return 0;
        }
        int fired = 0;
        while (rule.nextFireAt() != null && !rule.nextFireAt().isAfter(now)) {
            if (fired == MAX_CATCH_UP) {
                rule.scheduledNext(rule.schedule().nextAfter(now));
                break;
            }
            deliver(rule, scheduledEvent(rule, rule.nextFireAt()));
            fired++;
            rule.scheduledNext(rule.schedule().nextAfter(rule.nextFireAt()));
        }
        return fired;
    }

    /** Fires {@code rule}'s schedule once at the clock's now ("fire now"); its next own firing stays as it was. */
    JsonNode fireNow(Rule rule) {
        JsonNode event = scheduledEvent(rule, clock.instant());
        deliver(rule, event);
        return event;
    }

    /** AWS's {@code Scheduled Event} of a schedule rule, as at a firing at {@code time}. */
    private JsonNode scheduledEvent(Rule rule, Instant time) {
        return EventDocuments.event(UUID.randomUUID().toString(), "Scheduled Event", "aws.events",
                buses.accountId(), time, buses.region(), List.of(rule.arn()), EventDocuments.JSON.createObjectNode());
    }

    private void deliver(Rule rule, JsonNode event) {
        for (Target target : rule.targets()) {
            dispatcher.announce(rule, target);
            dispatcher.deliver(target, TargetInput.render(target, event, rule), event.get("id").asText());
        }
    }
}
