package studio.serverless.model.catalog;

/** The type of a property value, which decides how it is stored, edited and checked. */
public enum PropertyType {
    /** A single line of text, stored as a {@link String}. */
    TEXT,
    /** A whole number, stored as an {@link Integer}. */
    INTEGER,
    /** A yes/no switch, stored as a {@link Boolean}. */
    BOOLEAN,
    /** One value out of a fixed list of choices, stored as a {@link String}. */
    CHOICE,
    /** A list of text values, stored as a {@code List<String>}; with choices, each value must be one of them. */
    TEXT_LIST,
    /** A JSON document (an event pattern, a state machine definition), stored as its text. */
    JSON;

    /** The name of the Java type a value of this property type is stored as, for messages. */
    public String expectedJavaShape() {
        return switch (this) {
            case TEXT, CHOICE, JSON -> "a string";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            case TEXT_LIST -> "a list of strings";
        };
    }
}
