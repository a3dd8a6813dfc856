package studio.serverless.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one property of a service or connection is: its name in files, the label and help shown to people, its
 * type, its default and the limits AWS documents for it.
 *
 * @param name         the key in the file format and in code, e.g. {@code memorySize}
 * @param label        the name shown in the inspector, e.g. "Memory (MB)"
 * @param type         how the value is stored and edited
 * @param defaultValue the value a new element starts with; {@code null} when the property starts unset
 * @param optional     whether the property may be left unset
 * @param min          the smallest allowed number (integers only), or {@code null}
 * @param max          the largest allowed number (integers only), or {@code null}
 * @param choices      the allowed values of a choice or of each element of a list; empty when free
 * @param help         a sentence or two that teach what the property does and what AWS allows
 * @param askOnConnect whether a new connection asks the user to pick a value of this (choice) property
 */
public record PropertySpec(String name, String label, PropertyType type, Object defaultValue, boolean optional,
                           Integer min, Integer max, List<String> choices, String help, boolean askOnConnect) {

    /** Checks the parts and copies the choices. */
    public PropertySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        choices = List.copyOf(choices);
        if (defaultValue instanceof List<?> list) {
            defaultValue = List.copyOf(list);
        }
    }

    /** A required whole number with a default and AWS's range. */
    public static PropertySpec integer(String name, String label, int defaultValue, int min, int max, String help) {
        return new PropertySpec(name, label, PropertyType.INTEGER, defaultValue, false, min, max, List.of(), help, false);
    }

    /** A whole number that may be left unset (AWS's default applies then), within AWS's range when set. */
    public static PropertySpec optionalInteger(String name, String label, int min, int max, String help) {
        return new PropertySpec(name, label, PropertyType.INTEGER, null, true, min, max, List.of(), help, false);
    }

    /** A yes/no switch. */
    public static PropertySpec bool(String name, String label, boolean defaultValue, String help) {
        return new PropertySpec(name, label, PropertyType.BOOLEAN, defaultValue, false, null, null, List.of(), help,
                false);
    }

    /** A single line of text; {@code defaultValue} may be empty. */
    public static PropertySpec text(String name, String label, String defaultValue, String help) {
        return new PropertySpec(name, label, PropertyType.TEXT, defaultValue, false, null, null, List.of(), help, false);
    }

    /** One of a fixed list of values, starting at {@code defaultValue}. */
    public static PropertySpec choice(String name, String label, String defaultValue, List<String> choices,
                                      String help) {
        return new PropertySpec(name, label, PropertyType.CHOICE, defaultValue, false, null, null, choices, help,
                false);
    }

    /** A list of text values; when {@code choices} is not empty each value must be one of them. */
    public static PropertySpec textList(String name, String label, List<String> defaultValue, List<String> choices,
                                        String help) {
        return new PropertySpec(name, label, PropertyType.TEXT_LIST, defaultValue, false, null, null, choices, help,
                false);
    }

    /** A JSON document that may be left empty. */
    public static PropertySpec json(String name, String label, String help) {
        return new PropertySpec(name, label, PropertyType.JSON, null, true, null, null, List.of(), help, false);
    }

    /** This property, but asked for when a connection is drawn (a choice property only). */
    public PropertySpec askedOnConnect() {
        if (type != PropertyType.CHOICE) {
            throw new IllegalStateException("only a choice can be asked on connect: " + name);
        }
        return new PropertySpec(name, label, type, defaultValue, optional, min, max, choices, help, true);
    }

    /**
     * Whether a value has the right Java shape for this property (ignoring limits): the check a file loader and an
     * edit command make before accepting it. {@code null} fits an optional property only.
     */
    public boolean fitsType(Object value) {
        if (value == null) {
            return optional;
        }
        return switch (type) {
            case TEXT, CHOICE, JSON -> value instanceof String;
            case INTEGER -> value instanceof Integer;
            case BOOLEAN -> value instanceof Boolean;
            case TEXT_LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
        };
    }

    /**
     * Why a value of the right shape breaks this property's limits, or empty when it keeps them. The message names
     * the allowed range or choices, so a person can fix the value.
     */
    public Optional<String> limitViolation(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (type == PropertyType.INTEGER) {
            int number = (Integer) value;
            if ((min != null && number < min) || (max != null && number > max)) {
                return Optional.of(label + " is " + number + "; AWS allows " + min + " to " + max + ".");
            }
        }
        if (type == PropertyType.CHOICE && !choices.isEmpty() && !choices.contains(value)) {
            return Optional.of(label + " is '" + value + "'; expected one of " + String.join(", ", choices) + ".");
        }
        if (type == PropertyType.TEXT_LIST && !choices.isEmpty()) {
            for (Object element : (List<?>) value) {
                if (!choices.contains(element)) {
                    return Optional.of(label + " has '" + element + "'; expected values from "
                            + String.join(", ", choices) + ".");
                }
            }
        }
        return Optional.empty();
    }
}
