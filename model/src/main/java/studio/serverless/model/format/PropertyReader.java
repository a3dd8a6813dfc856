package studio.serverless.model.format;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.PropertyType;
import studio.serverless.model.diagram.PropertyValues;

/**
 * Reads a {@code properties} object against the property specs of a service kind or connection: every name must
 * be one the catalogue knows and every value of the JSON type its spec says; properties left out take their
 * default.
 */
final class PropertyReader {

    private PropertyReader() {
    }

    /**
     * The values in the file, completed with the defaults of {@code defaults}, in the order of {@code specs}.
     *
     * @param properties the {@code properties} node (may be missing)
     * @param specs      the properties the file may hold
     * @param defaults   the properties whose defaults fill in what the file leaves out
     * @param owner      what the properties belong to, for messages (e.g. "a service of kind lambda")
     */
    static PropertyValues read(LocatedNode properties, List<PropertySpec> specs, List<PropertySpec> defaults,
                               String owner) throws DiagramFormatException {
        Map<String, Object> inFile = new HashMap<>();
        if (!properties.isMissing()) {
            properties.requireObject("an object of property values");
            Iterator<String> names = properties.node().fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                LocatedNode value = properties.field(name);
                PropertySpec spec = specNamed(specs, name, value, owner);
                inFile.put(spec.name(), valueOf(value, spec));
            }
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (PropertySpec spec : specs) {
            if (inFile.containsKey(spec.name())) {
                ordered.put(spec.name(), inFile.get(spec.name()));
            } else if (defaults.contains(spec)) {
                ordered.put(spec.name(), spec.defaultValue());
            }
        }
        return PropertyValues.of(ordered);
    }

    private static PropertySpec specNamed(List<PropertySpec> specs, String name, LocatedNode value, String owner)
            throws DiagramFormatException {
        Optional<PropertySpec> spec = specs.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
        if (spec.isPresent()) {
            return spec.get();
        }
        List<String> known = specs.stream().map(PropertySpec::name).toList();
        throw value.problem("unknown property of " + owner, known.isEmpty()
                ? "no properties (the catalogue knows none for " + owner + ")"
                : "one of " + String.join(", ", known));
    }

    private static Object valueOf(LocatedNode value, PropertySpec spec) throws DiagramFormatException {
        Object converted = JsonValues.toJava(value, spec.type() == PropertyType.TEXT_LIST);
        if (!spec.fitsType(converted)) {
            throw value.fail(expected(value.node(), spec));
        }
        return converted;
    }

    private static String expected(JsonNode node, PropertySpec spec) {
        String shape = spec.type().expectedJavaShape();
        if (spec.type() == PropertyType.INTEGER && node.isNumber() && JsonValues.isWhole(node)) {
            return shape + " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        return shape;
    }
}
