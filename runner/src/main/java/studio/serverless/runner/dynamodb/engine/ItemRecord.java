package studio.serverless.runner.dynamodb.engine;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * One item as it is now stored, for the {@link TableJournal}. Items belong to a table's id rather than its name,
 * so a late write to a table deleted meanwhile never reappears in a new table of the same name.
 *
 * @param tableId the {@code TableId} of the table
 * @param key     the item's primary key
 * @param item    the item now stored under the key, or null when it was deleted
 */
public record ItemRecord(String tableId, PrimaryKey key, Map<String, AttributeValue> item) {

    /** @return whether the item was deleted */
    public boolean deleted() {
        return item == null;
    }
}
