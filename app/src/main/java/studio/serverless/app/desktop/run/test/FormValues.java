package studio.serverless.app.desktop.run.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The values of a test form, by field key, as checked by {@link FormCheck}; unknown keys read as empty. */
public record FormValues(Map<String, String> values) {

    /** Copies the values, keeping their order. */
    public FormValues {
        values = Map.copyOf(new LinkedHashMap<>(values));
    }

    /** The field's text, empty when unset. */
    public String text(String key) {
        return values.getOrDefault(key, "");
    }

    /** The field's text trimmed, or empty when it is blank. */
    public Optional<String> optional(String key) {
        String text = text(key).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The field as pairs ({@link FieldKind#HEADERS} or {@link FieldKind#PAIRS}); checked before, so well formed. */
    public Map<String, String> pairs(String key, FieldKind kind) {
        return NameValueLines.parse(text(key), kind == FieldKind.HEADERS ? ':' : '=').pairs();
    }

    /** The field as a whole number, or empty when blank; checked before, so a number. */
    public Optional<Integer> number(String key) {
        return optional(key).map(Integer::valueOf);
    }
}
