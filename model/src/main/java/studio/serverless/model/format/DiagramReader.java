package studio.serverless.model.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Reads the text of a diagram file (docs/file-format.md) into a {@link Diagram}. Bad input fails with one
 * {@link DiagramFormatException} whose message is a single line: {@code <file>: <where>: <what is wrong>;
 * expected <what>}. The whole file is checked before the diagram is built, so a half-read diagram is never
 * returned. Fields this version does not know are ignored, so files of a later minor change still open.
 */
public final class DiagramReader {

    private DiagramReader() {
    }

    /**
     * The diagram in this text.
     *
     * @param text the file's content
     * @param file the file's name or path, used in messages
     * @throws DiagramFormatException when the text is not a diagram this build can read
     */
    public static Diagram read(String text, String file) throws DiagramFormatException {
        LocatedNode root = JsonSyntax.parse(text, file);
        root.requireObject("a JSON object with \"format\": \"" + DiagramFiles.FORMAT + "\"");
        checkHeader(root);
        ElementIds ids = new ElementIds();
        List<Service> services = new ArrayList<>();
        Map<ServiceId, Service> servicesById = new HashMap<>();
        for (LocatedNode element : root.field("services").optionalArray("an array of services")) {
            Service service = ServiceReader.read(element, ids);
            services.add(service);
            servicesById.put(service.id(), service);
        }
        List<Connection> connections = new ArrayList<>();
        for (LocatedNode element : root.field("connections").optionalArray("an array of connections")) {
            connections.add(ConnectionReader.read(element, ids, servicesById));
        }
        Diagram diagram = new Diagram();
        services.forEach(diagram::addService);
        connections.forEach(diagram::addConnection);
        return diagram;
    }

    private static void checkHeader(LocatedNode root) throws DiagramFormatException {
        LocatedNode format = root.field("format");
        if (!format.node().isTextual() || !format.node().asText().equals(DiagramFiles.FORMAT)) {
            throw format.fail(LocatedNode.quoted(DiagramFiles.FORMAT) + " (is this a Serverless Studio diagram?)");
        }
        LocatedNode version = root.field("version");
        String expected = "the whole number " + DiagramFiles.VERSION;
        if (!version.node().isNumber() || !JsonValues.isWhole(version.node())) {
            throw version.fail(expected);
        }
        double number = version.node().doubleValue();
        if (number > DiagramFiles.VERSION) {
            throw new DiagramFormatException(root.file() + ": " + version.path() + ": this build reads version "
                    + DiagramFiles.VERSION + "; the file is version " + version.node().asText()
                    + ", written by a newer Serverless Studio");
        }
        if (number < DiagramFiles.VERSION) {
            throw version.fail(expected);
        }
    }
}
