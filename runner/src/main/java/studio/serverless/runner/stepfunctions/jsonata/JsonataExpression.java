package studio.serverless.runner.stepfunctions.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A string written {@code "{% expression %}"}: how a JSONata state marks a value to evaluate. Any other string is
 * a literal.
 */
public final class JsonataExpression {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";
    private static final int CACHED_PER_THREAD = 2048;
    private static final ThreadLocal<Map<String, Jsonata>> PARSED = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(CACHED_PER_THREAD, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Jsonata> eldest) {
                    return size() > CACHED_PER_THREAD;
                }
            });
    private static final Pattern BARE_ROOT = Pattern.compile("^\\$\\$?(?=[.\\[\\s]|$)");

    private JsonataExpression() {
    }

    /** Whether {@code value} is a string of the form {@code {% ... %}}. */
    public static boolean is(JsonNode value) {
        return value != null && value.isTextual() && is(value.asText());
    }

    /** Whether {@code text} has the form {@code {% ... %}}. */
    public static boolean is(String text) {
        return text.length() >= OPEN.length() + CLOSE.length() && text.startsWith(OPEN) && text.endsWith(CLOSE);
    }

    /** The expression between the delimiters, trimmed. */
    public static String body(String text) {
        return text.substring(OPEN.length(), text.length() - CLOSE.length()).trim();
    }

    /** Why {@code text} ({@code {% ... %}}) does not parse as JSONata, or empty when it does. */
    public static Optional<String> problem(String text) {
        String body = body(text);
        if (body.isEmpty()) {
            return Optional.of("'" + text + "' holds no JSONata expression");
        }
        if (BARE_ROOT.matcher(body).find()) {
            return Optional.of("'" + text + "' starts with $ or $$, which a Step Functions JSONata expression may not;"
                    + " read the input as $states.input and the context object as $states.context");
        }
        try {
            Jsonata.jsonata(body);
            return Optional.empty();
        } catch (JException invalid) {
            return Optional.of("'" + text + "' is not a valid JSONata expression: " + invalid.getMessage());
        } catch (RuntimeException invalid) {
            return Optional.of("'" + text + "' is not a valid JSONata expression: " + invalid);
        }
    }

    /**
     * The parsed expression of {@code text}, from this thread's cache: parsing costs far more than evaluating, and a
     * parsed expression is evaluated with a fresh frame each time, but never by two threads at once.
     */
    static Jsonata compile(String text) {
        return PARSED.get().computeIfAbsent(text, JsonataExpression::parse);
    }

    private static Jsonata parse(String text) {
        Jsonata expression = Jsonata.jsonata(body(text));
        expression.setOutputConvertNulls(false);
        AwsFunctions.register(expression);
        return expression;
    }
}
