package studio.serverless.model.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.diagram.PropertyValues;

/** Writes a {@code properties} object: the catalogue's properties in catalogue order, then any others. */
final class PropertyWriter {

    private PropertyWriter() {
    }

    /** Writes the values of {@code values} in the order of {@code specs}; {@code owner} names them in errors. */
    static void write(JsonGenerator json, PropertyValues values, List<PropertySpec> specs, String owner)
            throws IOException {
        Map<String, Object> map = values.asMap();
        List<String> names = new ArrayList<>();
        specs.stream().map(PropertySpec::name).filter(map::containsKey).forEach(names::add);
        map.keySet().stream().filter(name -> !names.contains(name)).toList().forEach(names::add);
        json.writeStartObject();
        for (String name : names) {
            json.writeFieldName(name);
            writeValue(json, map.get(name), owner + " property " + name);
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value, String what) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(json, element, what + " element");
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException(what + " has a " + value.getClass().getSimpleName()
                    + " value, which a diagram file cannot hold");
        }
    }
}
