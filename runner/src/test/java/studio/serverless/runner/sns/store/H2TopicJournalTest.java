package studio.serverless.runner.sns.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.Subscription;
import studio.serverless.runner.sns.engine.Topic;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.StorageException;

/** Topics and subscriptions written through to H2 come back exactly as they were, deletions included. */
class H2TopicJournalTest {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "000000000000";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:inbox";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private SnsEngine engineOn(H2Storage storage) {
        H2TopicJournal journal = H2TopicJournal.in(storage);
        SnsEngine engine = new SnsEngine(clock, new SqsEngine(clock, new InMemoryQueueStore()), new Integrations(),
                () -> "http://127.0.0.1:4577", journal);
        journal.restoreInto(engine);
        return engine;
    }

    /** Everything a client can read back: each topic's attributes, then each subscription's, in list order. */
    private static List<Object> state(SnsEngine engine) {
        List<Object> state = new ArrayList<>();
        for (Topic topic : engine.topics()) {
            state.add(engine.topicAttributes(topic.arn()));
        }
        for (Subscription subscription : engine.subscriptions(null)) {
            state.add(engine.subscriptionAttributes(subscription.arn()));
        }
        return state;
    }

    @Test
    void topicsAndSubscriptionsComeBackExactlyAfterARestart() {
        List<Object> before;
        try (H2Storage storage = H2Storage.open(data)) {
            SnsEngine engine = engineOn(storage);
            Topic orders = engine.createTopic("orders", Map.of("DisplayName", "Orders"), REGION, ACCOUNT);
            engine.createTopic("payments.fifo", Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"),
                    REGION, ACCOUNT);
            engine.setTopicAttribute(orders.arn(), "DeliveryPolicy", "{\"http\":{}}");
            Subscription filtered = engine.subscribe(orders.arn(), "sqs", QUEUE, Map.of("RawMessageDelivery", "True",
                    "FilterPolicy", "{\"kind\":[\"order\"]}"));
            engine.subscribe(orders.arn(), "http", "http://127.0.0.1:9/hook", Map.of());
            engine.setSubscriptionAttributes(filtered.arn(), Map.of("FilterPolicyScope", "MessageBody"));
            before = state(engine);
        }

        try (H2Storage storage = H2Storage.open(data)) {
            SnsEngine restored = engineOn(storage);

            assertEquals(before, state(restored));
            Subscription filtered = restored.subscriptions(null).get(0);
            assertEquals(Map.of("RawMessageDelivery", "true", "FilterPolicy", "{\"kind\":[\"order\"]}",
                    "FilterPolicyScope", "MessageBody"), filtered.attributes());
            assertEquals("true", restored.subscriptionAttributes(restored.subscriptions(null).get(1).arn())
                    .get("PendingConfirmation"));
            assertTrue(restored.topic("arn:aws:sns:us-east-1:000000000000:payments.fifo").fifo());
        }
    }

    @Test
    void deletedTopicsAndSubscriptionsStayDeleted() {
        try (H2Storage storage = H2Storage.open(data)) {
            SnsEngine engine = engineOn(storage);
            Topic gone = engine.createTopic("gone", Map.of(), REGION, ACCOUNT);
            engine.subscribe(gone.arn(), "sqs", QUEUE, Map.of());
            Topic kept = engine.createTopic("kept", Map.of(), REGION, ACCOUNT);
            engine.unsubscribe(engine.subscribe(kept.arn(), "sqs", QUEUE, Map.of()).arn());
            engine.deleteTopic(gone.arn());
        }

        try (H2Storage storage = H2Storage.open(data)) {
            SnsEngine restored = engineOn(storage);

            assertEquals(List.of("kept"), restored.topics().stream().map(Topic::name).toList());
            assertEquals(List.of(), restored.subscriptions(null));
        }
    }

    @Test
    void aChangeTheStoreRefusesIsNotMade() {
        H2Storage storage = H2Storage.open(data);
        SnsEngine engine = engineOn(storage);
        Topic topic = engine.createTopic("orders", Map.of(), REGION, ACCOUNT);
        storage.close();

        assertThrows(StorageException.class, () -> engine.createTopic("more", Map.of(), REGION, ACCOUNT));
        assertThrows(StorageException.class, () -> engine.subscribe(topic.arn(), "sqs", QUEUE, Map.of()));
        assertThrows(StorageException.class, () -> engine.setTopicAttribute(topic.arn(), "DisplayName", "x"));
        assertThrows(StorageException.class, () -> engine.deleteTopic(topic.arn()));

        assertEquals(List.of(topic), engine.topics());
        assertEquals(Map.of(), topic.attributes());
        assertEquals(List.of(), engine.subscriptions(null));
    }
}
