package studio.serverless.runner.events.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.events.engine.EventBus;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.Rule;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.StorageException;

/** Buses, rules and targets written through to H2 come back exactly as they were, deletions included. */
class H2RuleJournalTest {

    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:inbox";
    private static final String PATTERN = "{\"source\":[\"shop\"],\"detail\":{\"total\":[{\"numeric\":[\">\",10]}]}}";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private EventsEngine engineOn(H2Storage storage) {
        H2RuleJournal journal = H2RuleJournal.in(storage);
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        Integrations integrations = new Integrations();
        EventsEngine engine = new EventsEngine(clock, "us-east-1", "000000000000", sqs,
                new SnsEngine(clock, sqs, integrations, () -> "http://127.0.0.1:4577"), integrations, journal);
        journal.restoreInto(engine);
        return engine;
    }

    /** Everything a client can read back: buses, and each bus's rules with their definitions and targets. */
    private static List<Object> state(EventsEngine engine) {
        List<Object> state = new ArrayList<>();
        for (EventBus bus : engine.eventBuses(null)) {
            state.add(List.of(bus.name(), bus.arn(), String.valueOf(bus.description()), bus.creationTime()));
            for (Rule rule : engine.rules(bus.name(), null)) {
                state.add(List.of(rule.arn(), rule.busName(), rule.definition(), rule.state(), rule.targets()));
            }
        }
        return state;
    }

    private static void fill(EventsEngine engine) {
        engine.createEventBus("orders", "the shop's orders");
        engine.putRule("orders", new RuleDefinition("big", PATTERN, null, null, "orders over 10", null));
        engine.putTargets("orders", "big", List.of(
                new Target("constant", QUEUE, "{\"fixed\":true}", null, null, null, null),
                new Target("path", QUEUE, null, "$.detail", null, null, null),
                new Target("transformed", QUEUE, null, null, Map.of("total", "$.detail.total"),
                        "{\"sum\": <total>, \"rule\": \"<aws.events.rule-name>\"}", null),
                new Target("fifo", QUEUE + ".fifo", null, null, null, null, "group-1"),
                new Target("dropped", QUEUE, null, null, null, null, null)));
        engine.removeTargets("orders", "big", List.of("dropped"));
        engine.putRule(null, new RuleDefinition("nightly", null, "cron(0 2 * * ? *)", "ENABLED", null,
                "arn:aws:iam::000000000000:role/events"));
        engine.putRule(null, new RuleDefinition("every-minute", null, "rate(1 minute)", null, null, null));
        engine.setRuleState(null, "nightly", false);
    }

    @Test
    void busesRulesAndTargetsComeBackExactlyAfterARestart() {
        List<Object> before;
        try (H2Storage storage = H2Storage.open(data)) {
            EventsEngine engine = engineOn(storage);
            fill(engine);
            before = state(engine);
        }

        try (H2Storage storage = H2Storage.open(data)) {
            EventsEngine restored = engineOn(storage);

            assertEquals(before, state(restored));
            assertEquals("DISABLED", restored.rule("default", "nightly").state());
            assertEquals(4, restored.rule("orders", "big").targets().size());
        }
    }

    @Test
    void deletedBusesAndRulesStayDeleted() {
        try (H2Storage storage = H2Storage.open(data)) {
            EventsEngine engine = engineOn(storage);
            fill(engine);
            engine.deleteRule(null, "every-minute");
            engine.deleteEventBus("orders");
        }

        try (H2Storage storage = H2Storage.open(data)) {
            EventsEngine restored = engineOn(storage);

            assertEquals(List.of("default"), restored.eventBuses(null).stream().map(EventBus::name).toList());
            assertEquals(List.of("nightly"), restored.rules(null, null).stream().map(Rule::name).toList());
        }
    }

    @Test
    void aChangeTheStoreRefusesIsNotMade() {
        H2Storage storage = H2Storage.open(data);
        EventsEngine engine = engineOn(storage);
        engine.putRule(null, new RuleDefinition("kept", PATTERN, null, null, null, null));
        storage.close();

        assertThrows(StorageException.class, () -> engine.createEventBus("more", null));
        assertThrows(StorageException.class, () -> engine.putTargets(null, "kept",
                List.of(new Target("q", QUEUE, null, null, null, null, null))));
        assertThrows(StorageException.class, () -> engine.setRuleState(null, "kept", false));
        assertThrows(StorageException.class, () -> engine.deleteRule(null, "kept"));

        assertEquals(List.of("default"), engine.eventBuses(null).stream().map(EventBus::name).toList());
        assertEquals(List.of(), engine.rule(null, "kept").targets());
        assertEquals("ENABLED", engine.rule(null, "kept").state());
    }
}
