package studio.serverless.codegen.text;

/**
 * Diagram text made safe for generated source code: string literals in the style of Python, JavaScript and Java
 * (everything outside printable ASCII escaped, so no quote, line break or encoding trick survives) and comment
 * text (one line, no control characters, no {@code *}{@code /}, no double quote that could end a Python docstring,
 * no backslash that Java could read as a Unicode escape). The three languages share one escaping rule for literals; they differ only in how a code point above
 * the Basic Multilingual Plane is written.
 */
public final class SourceText {

    /** The one instance Python templates get as {@code $py}. */
    public static final SourceText PYTHON = new SourceText(true);
    /** The one instance JavaScript and Java templates get as {@code $js} / {@code $java}. */
    public static final SourceText C_STYLE = new SourceText(false);

    private final boolean longUnicodeEscapes;

    private SourceText(boolean longUnicodeEscapes) {
        this.longUnicodeEscapes = longUnicodeEscapes;
    }

    /** A double-quoted string literal with this text as its value. */
    public String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(codePoint -> literal.append(escaped(codePoint)));
        return literal.append('"').toString();
    }

    /** Text that can sit inside a line comment (or a block comment) without ending it. */
    public String comment(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(codePoint -> safe.append(commentSafe(codePoint)));
        return safe.toString().replace("*/", "* /").replace('"', '\'');
    }

    private String escaped(int codePoint) {
        return switch (codePoint) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> codePoint >= 0x20 && codePoint < 0x7f ? Character.toString(codePoint) : unicode(codePoint);
        };
    }

    private String unicode(int codePoint) {
        if (codePoint > 0xffff && longUnicodeEscapes) {
            return String.format("\\U%08x", codePoint);
        }
        StringBuilder units = new StringBuilder();
        for (char unit : Character.toChars(codePoint)) {
            units.append(String.format("\\u%04x", (int) unit));
        }
        return units.toString();
    }

    private static String commentSafe(int codePoint) {
        if (codePoint == '\\') {
            return "/";
        }
        int type = Character.getType(codePoint);
        boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
        return breaks ? " " : Character.toString(codePoint);
    }
}
