package studio.serverless.runner.dynamodb.engine.expression;

import java.util.Locale;
import java.util.Set;

/**
 * DynamoDB's reserved words that cannot be used as bare attribute names in expressions. A subset of AWS's list
 * of 573 words: the ones real tables most often trip over; a missing word only makes the emulator more lenient.
 */
final class ReservedWords {
    private static final Set<String> WORDS = Set.of(
            "ABORT", "ABSOLUTE", "ACTION", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BINARY",
            "BOOLEAN", "BY", "CASE", "CHAR", "CHARACTER", "CHECK", "COLUMN", "COMMENT", "COMMIT", "CONNECTION",
            "COUNT", "CREATE", "CURRENT", "DATA", "DATABASE", "DATE", "DAY", "DECIMAL", "DEFAULT", "DELETE",
            "DESC", "DOUBLE", "DROP", "EACH", "ELSE", "END", "EXISTS", "FALSE", "FLOAT", "FOR", "FROM", "FUNCTION",
            "GROUP", "HASH", "HOUR", "IF", "IN", "INDEX", "INSERT", "INTEGER", "INTO", "IS", "ITEM", "JOIN", "KEY",
            "KEYS", "LANGUAGE", "LIMIT", "LIST", "LOCATION", "MAP", "MINUTE", "MONTH", "NAME", "NOT", "NULL",
            "NUMBER", "OF", "ON", "OR", "ORDER", "OWNER", "PATH", "PERCENT", "POSITION", "RANGE", "REGION",
            "REMOVE", "RETURN", "ROLE", "ROW", "SECOND", "SELECT", "SESSION", "SET", "SIZE", "SOURCE", "STATUS",
            "STRING", "TABLE", "TIME", "TIMESTAMP", "TO", "TOTAL", "TRUE", "TTL", "TYPE", "UPDATE", "USER",
            "USERS", "VALUE", "VALUES", "VIEW", "WHERE", "YEAR", "ZONE");

    private ReservedWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word.toUpperCase(Locale.ROOT));
    }
}
