package studio.serverless.runner.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The H2 file database of a {@code --data} folder. Every commit is flushed before it returns
 * ({@code WRITE_DELAY=0}), so what a service acknowledged survives {@code kill -9}. One connection, used by one
 * thread at a time: stores synchronise on {@link #connection()}.
 */
public final class H2Storage implements AutoCloseable {

    /** The database's file name in the data folder (H2 adds {@code .mv.db}). */
    public static final String FILE_NAME = "local-cloud";

    private final Connection connection;

    private H2Storage(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database in {@code folder}.
     *
     * @throws UncheckedIOException when the folder cannot be created or the database cannot be opened, e.g.
     *                              because another local cloud holds it
     */
    public static H2Storage open(Path folder) {
        try {
            Files.createDirectories(folder);
            String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";WRITE_DELAY=0";
            Connection connection = DriverManager.getConnection(url, "sa", "");
            connection.setAutoCommit(true);
            return new H2Storage(connection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        } catch (SQLException e) {
            throw new UncheckedIOException("cannot open the local cloud's data in " + folder + " (is another"
                    + " local cloud using it?): " + e.getMessage(), new IOException(e));
        }
    }

    /** The connection; callers synchronise on it. */
    public Connection connection() {
        return connection;
    }

    /** Runs DDL statements (CREATE TABLE IF NOT EXISTS ...). */
    public void createTables(String... statements) {
        synchronized (connection) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new StorageException("cannot create the storage tables", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StorageException("cannot close the local cloud's data", e);
            }
        }
    }
}
