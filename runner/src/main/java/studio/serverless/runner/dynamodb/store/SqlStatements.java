package studio.serverless.runner.dynamodb.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Runs parameterised statements; the caller holds the connection's lock. */
final class SqlStatements {

    /** Statements that run together in one transaction. */
    @FunctionalInterface
    interface Work {
        /** Runs the statements. */
        void run() throws SQLException;
    }

    private SqlStatements() {
    }

    /** Runs one INSERT, MERGE, UPDATE or DELETE with the parameters in order. */
    static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
