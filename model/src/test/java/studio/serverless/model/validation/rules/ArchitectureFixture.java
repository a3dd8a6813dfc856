package studio.serverless.model.validation.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Builds diagrams for the architecture rules' tests: services and connections with catalogue defaults, a few
 * properties overridden as name/value pairs.
 */
final class ArchitectureFixture {

    private final Diagram diagram = new Diagram();
    private int nextId = 1;

    /** Adds a service named {@code name} (its id is {@code name} too) with some properties overridden. */
    ServiceId service(ServiceKind kind, String name, Object... properties) {
        return service(kind, new ServiceId(name), name, properties);
    }

    /** Adds a service with its own id and a name that may repeat another's. */
    ServiceId service(ServiceKind kind, ServiceId id, String name, Object... properties) {
        Service service = Service.create(id, kind, name, Point.ORIGIN);
        for (Map.Entry<String, Object> property : pairs(properties).entrySet()) {
            service = service.withProperty(property.getKey(), property.getValue());
        }
        diagram.addService(service);
        return id;
    }

    /** Connects two services with the catalogue's defaults and some properties overridden. */
    ConnectionId connect(ConnectionType type, ServiceId source, ServiceId target, Object... properties) {
        ServiceKind sourceKind = diagram.require(source).kind();
        ServiceKind targetKind = diagram.require(target).kind();
        ConnectionSpec spec = ServiceCatalog.standard().connection(type, sourceKind, targetKind)
                .orElseThrow(() -> new IllegalArgumentException(type + " from " + sourceKind + " to " + targetKind));
        Map<String, Object> values = new LinkedHashMap<>(PropertyValues.defaults(spec.properties()).asMap());
        values.putAll(pairs(properties));
        ConnectionId id = new ConnectionId("c" + nextId++);
        diagram.addConnection(new Connection(id, type, source, target, PropertyValues.of(values)));
        return id;
    }

    /** The diagram built so far. */
    Diagram diagram() {
        return diagram;
    }

    /** What a rule finds in the diagram built so far. */
    List<Diagnostic> check(ValidationRule rule) {
        return rule.check(new ValidationContext(diagram, ServiceCatalog.standard()));
    }

    /** The one diagnostic of a list; fails, showing the list, when there are none or several. */
    static Diagnostic only(List<Diagnostic> diagnostics) {
        Assertions.assertEquals(1, diagnostics.size(), () -> "expected one diagnostic: " + diagnostics);
        return diagnostics.get(0);
    }

    /** Asserts a diagnostic's rule, severity and elements (in order). */
    static void assertDiagnostic(Diagnostic diagnostic, String ruleId, Severity severity, ElementId... elements) {
        Assertions.assertEquals(ruleId, diagnostic.ruleId());
        Assertions.assertEquals(severity, diagnostic.severity());
        Assertions.assertEquals(List.of(elements), diagnostic.elements());
        Assertions.assertFalse(diagnostic.fix().isBlank(), "a diagnostic suggests a fix");
    }

    /** Asserts that a diagnostic's message names every one of the texts. */
    static void assertMentions(Diagnostic diagnostic, String... texts) {
        for (String text : texts) {
            Assertions.assertTrue(diagnostic.message().contains(text),
                    () -> "the message should mention " + text + ": " + diagnostic.message());
        }
    }

    private static Map<String, Object> pairs(Object... properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < properties.length; index += 2) {
            map.put((String) properties[index], properties[index + 1]);
        }
        return map;
    }
}
