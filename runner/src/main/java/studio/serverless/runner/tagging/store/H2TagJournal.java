package studio.serverless.runner.tagging.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import java.util.regex.Pattern;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.JournalTables;
import studio.serverless.runner.tagging.ResourceTags;
import studio.serverless.runner.tagging.TagJournal;

/**
 * Keeps one service's tags in its own H2 table ({@code sqs_tags}, {@code sns_tags}, ...): a row per tagged resource,
 * keyed by ARN, its tags as a JSON object. Each change is one committed statement, written before the answer.
 */
public final class H2TagJournal implements TagJournal {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final TypeReference<Map<String, String>> TAG_MAP = new TypeReference<>() {
    };

    private final JournalTables tables;
    private final String table;

    private H2TagJournal(JournalTables tables, String table) {
        this.tables = tables;
        this.table = table;
    }

    /**
     * The journal kept in {@code table} of {@code storage}, creating the table on first use.
     *
     * @throws IllegalArgumentException when {@code table} is not a plain lower-case SQL name
     */
    public static H2TagJournal in(H2Storage storage, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a tag table name: " + table);
        }
        return new H2TagJournal(new JournalTables(storage, "CREATE TABLE IF NOT EXISTS " + table
                + " (arn VARCHAR(2048) PRIMARY KEY, tags CLOB NOT NULL)"), table);
    }

    /** Puts the stored tags back into {@code tags}, then sends its later changes here. */
    public void attachTo(ResourceTags tags) {
        tables.select("cannot read the stored tags from " + table, "SELECT arn, tags FROM " + table,
                row -> Map.entry(row.getString(1), JournalTables.fromJson(row.getString(2), TAG_MAP)))
                .forEach(entry -> tags.restore(entry.getKey(), entry.getValue()));
        tags.journalTo(this);
    }

    @Override
    public void tagsSaved(String resourceArn, Map<String, String> tags) {
        tables.transaction("cannot store the tags of " + resourceArn, statements -> statements.update(
                "MERGE INTO " + table + " (arn, tags) KEY (arn) VALUES (?, ?)", resourceArn, JournalTables.json(tags)));
    }

    @Override
    public void tagsDeleted(String resourceArn) {
        tables.transaction("cannot delete the tags of " + resourceArn, statements -> statements.update(
                "DELETE FROM " + table + " WHERE arn = ?", resourceArn));
    }
}
