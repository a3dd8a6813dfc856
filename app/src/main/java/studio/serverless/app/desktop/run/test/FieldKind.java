package studio.serverless.app.desktop.run.test;

/** What a field of a test form holds, which decides how it is edited and checked before sending. */
public enum FieldKind {
    /** One line of free text. */
    LINE,
    /** Several lines of free text. */
    TEXT,
    /** A JSON document; must parse. */
    JSON,
    /** A JSON document or nothing. */
    OPTIONAL_JSON,
    /** One {@code Name: value} pair per line (HTTP headers). */
    HEADERS,
    /** One {@code name=value} pair per line (query parameters, message attributes). */
    PAIRS,
    /** A whole number, or nothing. */
    NUMBER,
    /** The path of a file to read. */
    FILE,
    /** One of a few choices. */
    CHOICE
}
