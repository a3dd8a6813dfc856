package studio.serverless.model.format;

import java.util.Arrays;
import java.util.stream.Collectors;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Reads one element of {@code services}. */
final class ServiceReader {

    private static final String KNOWN_KINDS =
            Arrays.stream(ServiceKind.values()).map(ServiceKind::id).collect(Collectors.joining(", "));

    private ServiceReader() {
    }

    /** The service in this node, with catalogue defaults for the properties it leaves out. */
    static Service read(LocatedNode element, ElementIds ids) throws DiagramFormatException {
        element.requireObject("a service object with id, kind, name and position");
        String id = ids.claim(element.field("id"), element.path());
        ServiceKind kind = kind(element.field("kind"));
        String name = element.field("name").requireText(false, "the service's name as a string");
        Point position = position(element.field("position"));
        PropertyValues properties = PropertyReader.read(element.field("properties"),
                ServiceCatalog.standard().service(kind).properties(),
                ServiceCatalog.standard().service(kind).properties(), "a service of kind " + kind.id());
        return new Service(new ServiceId(id), kind, name, position, properties);
    }

    private static ServiceKind kind(LocatedNode kind) throws DiagramFormatException {
        String expected = "one of " + KNOWN_KINDS;
        String id = kind.requireText(false, expected);
        return ServiceKind.fromId(id).orElseThrow(
                () -> kind.problem("unknown service kind " + LocatedNode.quoted(id), expected));
    }

    private static Point position(LocatedNode position) throws DiagramFormatException {
        position.requireObject("an object { \"x\": number, \"y\": number }");
        double x = position.field("x").requireNumber("a number");
        double y = position.field("y").requireNumber("a number");
        return new Point(x, y);
    }
}
