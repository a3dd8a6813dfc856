package studio.serverless.runner.sns.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SubscriptionRecord;
import studio.serverless.runner.sns.engine.TopicJournal;
import studio.serverless.runner.sns.engine.TopicRecord;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;

/**
 * Writes every topic and subscription change through to H2 before the engine answers, and restores them at start
 * in the order they were made, with their attributes (filter policies, raw delivery, redrive) and confirmation
 * state. Deleting a topic deletes its subscriptions in the same transaction. A FIFO topic's deduplication window
 * and sequence counter are not kept (a write per publish for a five-minute window; see decision 0019).
 */
public final class H2TopicJournal implements TopicJournal {

    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private final JournalTables tables;

    private H2TopicJournal(JournalTables tables) {
        this.tables = tables;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2TopicJournal in(H2Storage storage) {
        return new H2TopicJournal(new JournalTables(storage,
                "CREATE TABLE IF NOT EXISTS sns_topics (ordinal BIGINT AUTO_INCREMENT, arn VARCHAR(1024) PRIMARY KEY,"
                        + " name VARCHAR(256) NOT NULL, attributes CLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS sns_subscriptions (ordinal BIGINT AUTO_INCREMENT,"
                        + " arn VARCHAR(1100) PRIMARY KEY, topic_arn VARCHAR(1024) NOT NULL,"
                        + " protocol VARCHAR(16) NOT NULL, endpoint CLOB NOT NULL, attributes CLOB NOT NULL,"
                        + " confirmed BOOLEAN NOT NULL, confirmation_token VARCHAR(256) NOT NULL)"));
    }

    /** Puts every stored topic, then every stored subscription, back into {@code engine}. */
    public void restoreInto(SnsEngine engine) {
        tables.select("cannot read the stored topics", "SELECT name, arn, attributes FROM sns_topics ORDER BY ordinal",
                row -> new TopicRecord(row.getString(1), row.getString(2),
                        JournalTables.fromJson(row.getString(3), TEXT_MAP))).forEach(engine::restoreTopic);
        tables.select("cannot read the stored subscriptions", "SELECT arn, topic_arn, protocol, endpoint, attributes,"
                + " confirmed, confirmation_token FROM sns_subscriptions ORDER BY ordinal",
                row -> new SubscriptionRecord(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), JournalTables.fromJson(row.getString(5), TEXT_MAP), row.getBoolean(6),
                        row.getString(7))).forEach(engine::restoreSubscription);
    }

    @Override
    public void topicSaved(TopicRecord topic) {
        tables.transaction("cannot store topic " + topic.arn(), statements -> statements.update(
                "MERGE INTO sns_topics (arn, name, attributes) KEY (arn) VALUES (?, ?, ?)", topic.arn(),
                topic.name(), JournalTables.json(topic.attributes())));
    }

    @Override
    public void topicDeleted(String topicArn) {
        tables.transaction("cannot delete topic " + topicArn, statements -> {
            statements.update("DELETE FROM sns_subscriptions WHERE topic_arn = ?", topicArn);
            statements.update("DELETE FROM sns_topics WHERE arn = ?", topicArn);
        });
    }

    @Override
    public void subscriptionSaved(SubscriptionRecord subscription) {
        tables.transaction("cannot store subscription " + subscription.arn(), statements -> statements.update(
                "MERGE INTO sns_subscriptions (arn, topic_arn, protocol, endpoint, attributes, confirmed,"
                        + " confirmation_token) KEY (arn) VALUES (?, ?, ?, ?, ?, ?, ?)", subscription.arn(),
                subscription.topicArn(), subscription.protocol(), subscription.endpoint(),
                JournalTables.json(subscription.attributes()), subscription.confirmed(),
                subscription.confirmationToken()));
    }

    @Override
    public void subscriptionDeleted(String subscriptionArn) {
        tables.transaction("cannot delete subscription " + subscriptionArn, statements -> statements.update(
                "DELETE FROM sns_subscriptions WHERE arn = ?", subscriptionArn));
    }
}
