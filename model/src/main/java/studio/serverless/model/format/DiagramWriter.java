package studio.serverless.model.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;

/**
 * Writes a diagram as the text of a diagram file (docs/file-format.md): pretty-printed JSON with a two-space
 * indent, {@code \n} line ends and a trailing newline. The text is deterministic: the same diagram always gives
 * byte-identical text, with fields in the documented order and properties in catalogue order.
 */
public final class DiagramWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DiagramWriter() {
    }

    /**
     * The file text of a diagram.
     *
     * @throws IllegalArgumentException when a position is not a finite number or a property value has a type the
     *                                  format cannot hold
     */
    public static String write(Diagram diagram) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(JsonLayout.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", DiagramFiles.FORMAT);
            json.writeNumberField("version", DiagramFiles.VERSION);
            json.writeArrayFieldStart("services");
            for (Service service : diagram.services()) {
                writeService(json, service);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("connections");
            for (Connection connection : diagram.connections()) {
                writeConnection(json, connection, diagram);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void writeService(JsonGenerator json, Service service) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", service.id().value());
        json.writeStringField("kind", service.kind().id());
        json.writeStringField("name", service.name());
        json.writeFieldName("position");
        json.writeRawValue(position(service));
        json.writeFieldName("properties");
        PropertyWriter.write(json, service.properties(),
                ServiceCatalog.standard().service(service.kind()).properties(), "service " + service.id());
        json.writeEndObject();
    }

    private static void writeConnection(JsonGenerator json, Connection connection, Diagram diagram)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", connection.id().value());
        json.writeStringField("type", connection.type().id());
        json.writeStringField("source", connection.source().value());
        json.writeStringField("target", connection.target().value());
        json.writeFieldName("properties");
        PropertyWriter.write(json, connection.properties(), ConnectionPropertySpecs.allowed(connection.type(),
                diagram.require(connection.source()).kind(), diagram.require(connection.target()).kind()),
                "connection " + connection.id());
        json.writeEndObject();
    }

    /** The position on one line, {@code { "x": 320, "y": 120 }}, as a reader of the file expects to see it. */
    private static String position(Service service) {
        Point position = service.position();
        for (double coordinate : List.of(position.x(), position.y())) {
            if (!Double.isFinite(coordinate)) {
                throw new IllegalArgumentException("service " + service.id() + " has a position that is not a"
                        + " finite number: " + position);
            }
        }
        return "{ \"x\": " + JsonLayout.number(position.x()) + ", \"y\": " + JsonLayout.number(position.y()) + " }";
    }
}
