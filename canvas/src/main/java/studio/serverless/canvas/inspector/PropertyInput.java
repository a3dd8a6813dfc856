package studio.serverless.canvas.inspector;

import java.util.Arrays;
import java.util.List;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.PropertyType;

/**
 * Turns what a person typed into a property value, or refuses it with a message that names the allowed range or
 * choices. The inspector stores only accepted values; the model's validation still reports a value that came from
 * a file.
 */
public final class PropertyInput {

    private PropertyInput() {
    }

    /** The value the typed text means for this property, or why it is refused. */
    public static InputResult parse(PropertySpec spec, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() && spec.type() != PropertyType.TEXT) {
            return spec.optional() || spec.type() == PropertyType.TEXT_LIST
                    ? accepted(spec, spec.type() == PropertyType.TEXT_LIST ? List.of() : null)
                    : new InputResult.Refused(spec.label() + " cannot be empty; " + allowed(spec) + ".");
        }
        return switch (spec.type()) {
            case INTEGER -> integer(spec, text);
            case BOOLEAN -> bool(spec, text);
            case TEXT_LIST -> accepted(spec, Arrays.stream(text.split(",")).map(String::strip)
                    .filter(element -> !element.isEmpty()).toList());
            case TEXT -> accepted(spec, typed == null ? "" : typed);
            case CHOICE, JSON -> accepted(spec, text);
        };
    }

    /** What the property allows, e.g. "a whole number from 128 to 10240". */
    public static String allowed(PropertySpec spec) {
        return switch (spec.type()) {
            case INTEGER -> "a whole number" + range(spec);
            case BOOLEAN -> "yes or no";
            case CHOICE -> "one of " + String.join(", ", spec.choices());
            case TEXT_LIST -> spec.choices().isEmpty() ? "a comma-separated list"
                    : "a comma-separated list of " + String.join(", ", spec.choices());
            case TEXT -> "any text";
            case JSON -> "a JSON document";
        };
    }

    private static InputResult integer(PropertySpec spec, String text) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return new InputResult.Refused(spec.label() + " takes a whole number" + range(spec) + "; '" + text
                    + "' is not one.");
        }
        if ((spec.min() != null && number < spec.min()) || (spec.max() != null && number > spec.max())) {
            return new InputResult.Refused(spec.label() + " must be" + range(spec) + "; " + number
                    + " is out of range.");
        }
        return new InputResult.Accepted(number);
    }

    private static InputResult bool(PropertySpec spec, String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> new InputResult.Accepted(true);
            case "false", "no" -> new InputResult.Accepted(false);
            default -> new InputResult.Refused(spec.label() + " is yes or no, not '" + text + "'.");
        };
    }

    private static InputResult accepted(PropertySpec spec, Object value) {
        return spec.limitViolation(value).<InputResult>map(InputResult.Refused::new)
                .orElseGet(() -> new InputResult.Accepted(value));
    }

    private static String range(PropertySpec spec) {
        if (spec.min() != null && spec.max() != null) {
            return " from " + spec.min() + " to " + spec.max();
        }
        if (spec.min() != null) {
            return " of at least " + spec.min();
        }
        return spec.max() == null ? "" : " of at most " + spec.max();
    }
}
