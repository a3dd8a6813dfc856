package studio.serverless.canvas.inspector;

import java.util.List;
import java.util.Objects;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.PropertyType;
import studio.serverless.model.diagram.ElementId;

/**
 * One property row of the inspector: whose property, what the catalogue says about it, and its current value.
 *
 * @param element     the service or connection the property belongs to
 * @param spec        the property's catalogue entry: label, type, limits, help
 * @param value       the current value; {@code null} when unset
 * @param suggestions values the diagram suggests for a text property (e.g. the API's routes for an
 *                    integration's route), offered in a drop-down that still accepts typing; empty for none
 */
public record InspectorField(ElementId element, PropertySpec spec, Object value, List<String> suggestions) {

    /** Refuses a missing element or spec; copies the suggestions. */
    public InspectorField {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(spec, "spec");
        suggestions = List.copyOf(suggestions);
    }

    /** A field without suggestions. */
    public InspectorField(ElementId element, PropertySpec spec, Object value) {
        this(element, spec, value, List.of());
    }

    /** The value as the person edits it: lists comma-separated, an unset value empty. */
    public String text() {
        if (value == null) {
            return "";
        }
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /**
     * The help text, followed for typed numbers and lists by what they allow, e.g. "... Allowed: a whole number from
     * 1 to 900." or "... Allowed: a comma-separated list." (a drop-down or a check box shows its choices itself; a
     * list field does not show how to type several values, so its help says so).
     */
    public String help() {
        boolean typed = spec.type() == PropertyType.INTEGER || spec.type() == PropertyType.TEXT_LIST;
        if (!typed) {
            return spec.help();
        }
        return spec.help() + " Allowed: " + PropertyInput.allowed(spec) + (spec.optional() ? "; may be left empty."
                : ".");
    }
}
