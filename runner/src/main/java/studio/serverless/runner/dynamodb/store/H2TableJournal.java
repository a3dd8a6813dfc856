package studio.serverless.runner.dynamodb.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.ItemRecord;
import studio.serverless.runner.dynamodb.engine.TableJournal;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.storage.H2Storage;
import studio.serverless.runner.storage.StorageException;

/**
 * Writes every table and item change through to H2 before the engine applies and answers it, and restores
 * tables and items at start. The changes of one journal call (a write, a transaction, a TTL sweep of a table)
 * are one H2 transaction. Stream records are not kept.
 */
public final class H2TableJournal implements TableJournal {

    private final Connection connection;

    private H2TableJournal(Connection connection) {
        this.connection = connection;
    }

    /** The journal in {@code storage}, creating its tables on first use. */
    public static H2TableJournal in(H2Storage storage) {
        storage.createTables(
                "CREATE TABLE IF NOT EXISTS dynamodb_tables (name VARCHAR(255) PRIMARY KEY,"
                        + " table_id VARCHAR(64) NOT NULL, definition CLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS dynamodb_items (table_id VARCHAR(64) NOT NULL,"
                        + " item_key VARCHAR NOT NULL, item CLOB NOT NULL, PRIMARY KEY (table_id, item_key))");
        return new H2TableJournal(storage.connection());
    }

    /**
     * Puts every stored table and its items back into {@code engine}; items whose table was deleted meanwhile
     * (a write that raced the delete) are dropped.
     */
    public void restoreInto(DynamoDbEngine engine) {
        synchronized (connection) {
            transaction("cannot clean up the items of deleted tables", () -> SqlStatements.update(connection,
                    "DELETE FROM dynamodb_items WHERE table_id NOT IN (SELECT table_id FROM dynamodb_tables)"));
            for (TableDefinition table : tables()) {
                engine.restoreTable(table);
                restoreItems(engine, table);
            }
        }
    }

    @Override
    public void tableSaved(TableDefinition definition) {
        transaction("cannot store table " + definition.name(), () -> SqlStatements.update(connection,
                "MERGE INTO dynamodb_tables (name, table_id, definition) KEY (name) VALUES (?, ?, ?)",
                definition.name(), definition.tableId(), TableDefinitionCodec.write(definition)));
    }

    @Override
    public void tableDeleted(TableDefinition definition) {
        transaction("cannot delete table " + definition.name(), () -> {
            SqlStatements.update(connection, "DELETE FROM dynamodb_items WHERE table_id = ?", definition.tableId());
            SqlStatements.update(connection, "DELETE FROM dynamodb_tables WHERE name = ? AND table_id = ?",
                    definition.name(), definition.tableId());
        });
    }

    @Override
    public void itemsChanged(List<ItemRecord> changes) {
        transaction("cannot store an item change", () -> {
            for (ItemRecord change : changes) {
                String key = ItemCodec.writeKey(change.key());
                if (change.deleted()) {
                    SqlStatements.update(connection, "DELETE FROM dynamodb_items WHERE table_id = ? AND item_key = ?",
                            change.tableId(), key);
                } else {
                    SqlStatements.update(connection, "MERGE INTO dynamodb_items (table_id, item_key, item)"
                            + " KEY (table_id, item_key) VALUES (?, ?, ?)", change.tableId(), key,
                            ItemCodec.write(change.item()));
                }
            }
        });
    }

    private List<TableDefinition> tables() {
        List<TableDefinition> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT definition FROM dynamodb_tables ORDER BY name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(TableDefinitionCodec.read(rows.getString(1)));
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the stored tables", e);
        }
        return tables;
    }

    private void restoreItems(DynamoDbEngine engine, TableDefinition table) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT item FROM dynamodb_items WHERE table_id = ?")) {
            select.setString(1, table.tableId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    engine.restoreItem(table.name(), ItemCodec.read(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the stored items of " + table.name(), e);
        }
    }

    /** Runs {@code work} as one H2 transaction: all its statements are committed (and flushed) or none. */
    private void transaction(String what, SqlStatements.Work work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                try {
                    work.run();
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StorageException(what, e);
            }
        }
    }
}
