package studio.serverless.runner.dynamodb.engine;

import java.util.List;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;

/**
 * The engine's port to durable storage: every change to a table definition or an item is reported here, under
 * the table's lock and before the change is visible or answered, so a journal that writes each call through
 * loses nothing that was acknowledged. If a call throws, the engine makes no change. {@link #NONE} keeps nothing
 * (the in-memory default, and the engine skips building records for it). Implementations must be thread-safe.
 */
public interface TableJournal {

    /** A journal that keeps nothing. */
    TableJournal NONE = new TableJournal() {
        @Override
        public void tableSaved(TableDefinition definition) {
        }

        @Override
        public void tableDeleted(TableDefinition definition) {
        }

        @Override
        public void itemsChanged(List<ItemRecord> changes) {
        }
    };

    /** A table was created, or its definition changed (indexes, billing, stream, TTL). */
    void tableSaved(TableDefinition definition);

    /** A table and all its items were deleted. */
    void tableDeleted(TableDefinition definition);

    /**
     * Items were written or deleted. The changes of one call belong to one request (a write, a transaction,
     * one table's TTL sweep) and must become durable all together or not at all.
     */
    void itemsChanged(List<ItemRecord> changes);
}
