package studio.serverless.model.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import studio.serverless.model.catalog.PropertySpec;

/**
 * The property values of a service or connection: an immutable map from property name to value, where a value is
 * a {@link String}, {@link Integer}, {@link Boolean} or {@code List<String>} as its {@link PropertySpec} says. An
 * optional property that is unset is absent.
 */
public final class PropertyValues {

    private static final PropertyValues EMPTY = new PropertyValues(Map.of());

    private final Map<String, Object> values;

    private PropertyValues(Map<String, Object> values) {
        this.values = values;
    }

    /** No values at all. */
    public static PropertyValues empty() {
        return EMPTY;
    }

    /** The values of these specs' defaults (unset optional properties are left out). */
    public static PropertyValues defaults(List<PropertySpec> specs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (PropertySpec spec : specs) {
            if (spec.defaultValue() != null) {
                map.put(spec.name(), spec.defaultValue());
            }
        }
        return of(map);
    }

    /** Values copied from a map, keeping its order; list values are copied too. */
    public static PropertyValues of(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
            }
        });
        return new PropertyValues(Collections.unmodifiableMap(copy));
    }

    /** The value of a property, or empty when it is unset. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The text value of a property, or {@code ""} when it is unset. */
    public String text(String name) {
        Object value = values.get(name);
        return value instanceof String text ? text : "";
    }

    /** The whole-number value of a property, or empty when it is unset. */
    public Optional<Integer> integer(String name) {
        Object value = values.get(name);
        return value instanceof Integer number ? Optional.of(number) : Optional.empty();
    }

    /** The yes/no value of a property; an unset one is {@code false}. */
    public boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** The list value of a property, or an empty list when it is unset. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object value = values.get(name);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** These values with one property set, or removed when {@code value} is {@code null}. */
    public PropertyValues with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return of(copy);
    }

    /** All values, by property name, in a stable order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropertyValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
