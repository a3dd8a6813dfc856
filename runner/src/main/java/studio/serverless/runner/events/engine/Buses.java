package studio.serverless.runner.events.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event buses by name, the default one always there. Not thread-safe: callers lock on this object. */
final class Buses {

    static final String DEFAULT = "default";

    private final Map<String, EventBus> byName = new LinkedHashMap<>();
    private final String region;
    private final String accountId;

    Buses(String region, String accountId, Instant now) {
        this.region = region;
        this.accountId = accountId;
        byName.put(DEFAULT, EventBus.create(DEFAULT, region, accountId, null, now));
    }

    /** The bus named (or with the ARN) {@code nameOrArn}, the default bus for null; ResourceNotFound otherwise. */
    EventBus get(String nameOrArn) {
        String name = nameOf(nameOrArn);
        EventBus bus = byName.get(name);
        if (bus == null) {
            throw EventsException.noSuchBus(name);
        }
        return bus;
    }

    /** The name in a bus name or ARN; {@code default} for null or empty. */
    static String nameOf(String nameOrArn) {
        if (nameOrArn == null || nameOrArn.isEmpty()) {
            return DEFAULT;
        }
        int slash = nameOrArn.indexOf(":event-bus/");
        return nameOrArn.startsWith("arn:") && slash > 0 ? nameOrArn.substring(slash + 11) : nameOrArn;
    }

    /** A new custom bus, not yet added; ResourceAlreadyExists when the name is taken. */
    EventBus prepare(String name, String description, Instant now) {
        RuleChecks.busName(name);
        if (byName.containsKey(name)) {
            throw new EventsException(EventsError.RESOURCE_ALREADY_EXISTS, "Event bus " + name + " already exists.");
        }
        return EventBus.create(name, region, accountId, description, now);
    }

    void add(EventBus bus) {
        byName.put(bus.name(), bus);
    }

    /** Whether a custom bus of that name or ARN exists; ValidationException for the default bus. */
    boolean deletable(String nameOrArn) {
        String name = nameOf(nameOrArn);
        if (DEFAULT.equals(name)) {
            throw EventsException.validation("Cannot delete event bus default.");
        }
        return byName.containsKey(name);
    }

    void delete(String nameOrArn) {
        byName.remove(nameOf(nameOrArn));
    }

    /** The ARNs of every bus and rule: the resources that can carry tags. */
    java.util.Set<String> taggableArns() {
        java.util.Set<String> arns = new java.util.HashSet<>();
        byName.values().forEach(bus -> {
            arns.add(bus.arn());
            bus.rules().values().forEach(rule -> arns.add(rule.arn()));
        });
        return arns;
    }

    List<EventBus> all() {
        return List.copyOf(byName.values());
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }
}
