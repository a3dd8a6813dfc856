package studio.serverless.runner.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service's journal does with the shared H2 connection: run a few statements as one committed transaction,
 * read rows back at start, and keep structured values as JSON text columns (readable with the H2 console).
 */
public final class JournalTables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    /** A journal's access to {@code storage}, creating {@code ddl} (CREATE TABLE IF NOT EXISTS ...) first. */
    public JournalTables(H2Storage storage, String... ddl) {
        storage.createTables(ddl);
        this.connection = storage.connection();
    }

    /** Statements that run together. */
    @FunctionalInterface
    public interface Work {
        /** Runs the statements through {@link Statements#update}. */
        void run(Statements statements) throws SQLException;
    }

    /** Runs parameterised INSERT, MERGE, UPDATE or DELETE statements inside a transaction. */
    @FunctionalInterface
    public interface Statements {
        /** Runs one statement with {@code parameters} in order. */
        void update(String sql, Object... parameters) throws SQLException;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        /** The value of the current row. */
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code work} as one H2 transaction: all of it is committed (and written to the file) or none.
     *
     * @throws StorageException naming {@code what} when it fails; nothing was stored then
     */
    public void transaction(String what, Work work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                try {
                    work.run(this::update);
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

    /** Every row {@code sql} selects, read by {@code reader}; a failure names {@code what}. */
    public <T> List<T> select(String what, String sql, RowReader<T> reader) {
        List<T> values = new ArrayList<>();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(reader.read(rows));
                }
            } catch (SQLException e) {
                throw new StorageException(what, e);
            }
        }
        return values;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** {@code value} as JSON text. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write a stored value as JSON", e);
        }
    }

    /** The value in a JSON text column. */
    public static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored value is damaged", e);
        }
    }
}
