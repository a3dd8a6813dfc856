package studio.serverless.runner.events.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import studio.serverless.runner.events.engine.EventBus;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.RuleJournal;
import studio.serverless.runner.events.engine.RuleRecord;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;

/**
 * Writes every custom bus, rule and target change through to H2 before the engine answers, and restores them at
 * start: buses, then rules (pattern, schedule, state, description, role) with their targets (input, input path,
 * input transformer, message group) in the order they were put. A rule's targets are kept with the rule, as one
 * JSON list, so a PutTargets is one row written. Deleting a bus deletes its rules in the same transaction. A
 * schedule's next firing time is not kept: restored schedules count from the restart (decision 0019).
 */
public final class H2RuleJournal implements RuleJournal {

    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {
    };

    private final JournalTables tables;

    private H2RuleJournal(JournalTables tables) {
        this.tables = tables;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2RuleJournal in(H2Storage storage) {
        return new H2RuleJournal(new JournalTables(storage,
                "CREATE TABLE IF NOT EXISTS events_buses (ordinal BIGINT AUTO_INCREMENT, name VARCHAR(256) PRIMARY KEY,"
                        + " arn VARCHAR(2048) NOT NULL, description CLOB, created_at BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS events_rules (ordinal BIGINT AUTO_INCREMENT, bus VARCHAR(256) NOT NULL,"
                        + " name VARCHAR(256) NOT NULL, arn VARCHAR(2048) NOT NULL, event_pattern CLOB,"
                        + " schedule_expression VARCHAR(1024), state VARCHAR(32), description CLOB,"
                        + " role_arn VARCHAR(2048), targets CLOB NOT NULL, PRIMARY KEY (bus, name))"));
    }

    /** Puts every stored bus, then every stored rule with its targets, back into {@code engine}. */
    public void restoreInto(EventsEngine engine) {
        tables.select("cannot read the stored event buses", "SELECT name, arn, description, created_at"
                + " FROM events_buses ORDER BY ordinal", row -> new EventBus(row.getString(1), row.getString(2),
                        row.getString(3), Instant.ofEpochMilli(row.getLong(4)), new LinkedHashMap<>()))
                .forEach(engine::restoreBus);
        tables.select("cannot read the stored rules", "SELECT bus, arn, name, event_pattern, schedule_expression,"
                + " state, description, role_arn, targets FROM events_rules ORDER BY ordinal", H2RuleJournal::rule)
                .forEach(engine::restoreRule);
    }

    private static RuleRecord rule(ResultSet row) throws SQLException {
        RuleDefinition definition = new RuleDefinition(row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8));
        return new RuleRecord(row.getString(1), row.getString(2), definition,
                JournalTables.fromJson(row.getString(9), TARGETS));
    }

    @Override
    public void busSaved(EventBus bus) {
        tables.transaction("cannot store event bus " + bus.name(), statements -> statements.update(
                "MERGE INTO events_buses (name, arn, description, created_at) KEY (name) VALUES (?, ?, ?, ?)",
                bus.name(), bus.arn(), bus.description(), bus.creationTime().toEpochMilli()));
    }

    @Override
    public void busDeleted(String busName) {
        tables.transaction("cannot delete event bus " + busName, statements -> {
            statements.update("DELETE FROM events_rules WHERE bus = ?", busName);
            statements.update("DELETE FROM events_buses WHERE name = ?", busName);
        });
    }

    @Override
    public void ruleSaved(RuleRecord rule) {
        RuleDefinition definition = rule.definition();
        tables.transaction("cannot store rule " + rule.arn(), statements -> statements.update(
                "MERGE INTO events_rules (bus, name, arn, event_pattern, schedule_expression, state, description,"
                        + " role_arn, targets) KEY (bus, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rule.busName(),
                definition.name(), rule.arn(), definition.eventPattern(), definition.scheduleExpression(),
                definition.state(), definition.description(), definition.roleArn(),
                JournalTables.json(rule.targets())));
    }

    @Override
    public void ruleDeleted(String busName, String ruleName) {
        tables.transaction("cannot delete rule " + ruleName + " on " + busName, statements -> statements.update(
                "DELETE FROM events_rules WHERE bus = ? AND name = ?", busName, ruleName));
    }
}
