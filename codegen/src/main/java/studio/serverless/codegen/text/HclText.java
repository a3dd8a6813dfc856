package studio.serverless.codegen.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform (HCL) text for generated files. Every string from the diagram becomes one quoted literal: quotes,
 * backslashes and line breaks are escaped, everything outside printable ASCII is a {@code \}{@code u} escape, and
 * {@code ${} / {@code %{} are doubled so they cannot start an interpolation or a directive. Blocks, maps and lists
 * are laid out the way {@code terraform fmt} would, two spaces per level.
 */
public final class HclText {

    /** The one instance templates get as {@code $hcl}. */
    public static final HclText INSTANCE = new HclText();

    private static final String INDENT = "  ";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private HclText() {
    }

    /** A text as one quoted HCL string literal. */
    public String string(String text) {
        return "\"" + escaped(text) + "\"";
    }

    /** A block with its body, ending with a line break. */
    public String block(HclBlock block) {
        StringBuilder out = new StringBuilder();
        writeBlock(block, "", out);
        return out.toString();
    }

    /** A value (string, number, boolean, expression, call, list or map) as an HCL expression. */
    public String value(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(value, "", out);
        return out.toString();
    }

    /**
     * A text for Terraform's {@code templatefile}: {@code ${Name}} of the given variables stays an interpolation,
     * every other {@code ${} and {@code %{} is escaped, so the rendered file is the text with those variables
     * substituted and nothing else.
     */
    public static String templateFileText(String text, Collection<String> variables) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(text);
        int done = 0;
        while (matcher.find()) {
            if (variables.contains(matcher.group(1))) {
                out.append(escapedTemplate(text.substring(done, matcher.start()))).append(matcher.group());
                done = matcher.end();
            }
        }
        return out.append(escapedTemplate(text.substring(done))).toString();
    }

    /** The body of a quoted literal for a text: HCL string escapes plus doubled {@code ${} and {@code %{}. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> out.append(switch (codePoint) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> codePoint >= 0x20 && codePoint < 0x7f ? Character.toString(codePoint)
                    : codePoint <= 0xffff ? String.format("\\u%04X", codePoint)
                    : String.format("\\U%08X", codePoint);
        }));
        return escapedTemplate(out.toString());
    }

    private static String escapedTemplate(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    private void writeBlock(HclBlock block, String indent, StringBuilder out) {
        out.append(indent).append(block.type());
        block.labels().forEach(label -> out.append(' ').append(string(label)));
        if (block.body().isEmpty()) {
            out.append(" {}\n");
            return;
        }
        out.append(" {\n");
        String inner = indent + INDENT;
        List<String[]> attributes = new ArrayList<>();
        for (Map.Entry<String, Object> entry : block.body()) {
            if (entry.getValue() instanceof HclBlock nested) {
                writeAttributes(attributes, inner, out);
                writeBlock(nested, inner, out);
            } else {
                attributes.add(new String[] {entry.getKey(), rendered(entry.getValue(), inner)});
            }
        }
        writeAttributes(attributes, inner, out);
        out.append(indent).append("}\n");
    }

    /**
     * Writes attribute lines as {@code terraform fmt} does: the {@code =} of consecutive one-line attributes are
     * aligned, an attribute whose value spans lines stands alone. Empties the list.
     */
    private static void writeAttributes(List<String[]> attributes, String indent, StringBuilder out) {
        int start = 0;
        while (start < attributes.size()) {
            int end = start;
            int width = 0;
            while (end < attributes.size() && attributes.get(end)[1].indexOf('\n') < 0) {
                width = Math.max(width, attributes.get(end)[0].length());
                end++;
            }
            for (int index = start; index < end; index++) {
                String[] attribute = attributes.get(index);
                out.append(indent).append(attribute[0]).append(" ".repeat(width - attribute[0].length()))
                        .append(" = ").append(attribute[1]).append('\n');
            }
            if (end < attributes.size()) {
                String[] multiLine = attributes.get(end);
                out.append(indent).append(multiLine[0]).append(" = ").append(multiLine[1]).append('\n');
                end++;
            }
            start = end;
        }
        attributes.clear();
    }

    private String rendered(Object value, String indent) {
        StringBuilder out = new StringBuilder();
        writeValue(value, indent, out);
        return out.toString();
    }

    private void writeValue(Object value, String indent, StringBuilder out) {
        if (value instanceof String text) {
            out.append(string(text));
        } else if (value instanceof HclExpression expression) {
            out.append(expression.text());
        } else if (value instanceof HclCall call) {
            out.append(call.function()).append('(');
            for (int index = 0; index < call.arguments().size(); index++) {
                out.append(index == 0 ? "" : ", ");
                writeValue(call.arguments().get(index), indent, out);
            }
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, indent, out);
        } else if (value instanceof List<?> list) {
            writeList(list, indent, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not an HCL value: " + value);
        }
    }

    private void writeMap(Map<?, ?> map, String indent, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        String inner = indent + INDENT;
        List<String[]> entries = new ArrayList<>();
        map.forEach((key, value) -> entries.add(new String[] {string(String.valueOf(key)), rendered(value, inner)}));
        writeAttributes(entries, inner, out);
        out.append(indent).append('}');
    }

    private void writeList(List<?> list, String indent, StringBuilder out) {
        boolean flat = list.stream().noneMatch(item -> item instanceof Map || item instanceof List
                || item instanceof HclCall);
        if (flat) {
            out.append('[');
            for (int index = 0; index < list.size(); index++) {
                out.append(index == 0 ? "" : ", ");
                writeValue(list.get(index), indent, out);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        String inner = indent + INDENT;
        for (Object item : list) {
            out.append(inner);
            writeValue(item, inner, out);
            out.append(",\n");
        }
        out.append(indent).append(']');
    }
}
