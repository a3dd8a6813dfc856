package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
 * Builds diagrams for rule tests tersely: services and connections start at their catalogue defaults and take
 * overrides as name/value pairs ({@code null} unsets a property).
 */
final class DiagramFixture {

    private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

    private final Diagram diagram = new Diagram();

    /** Adds a service of a kind with a name and property overrides; returns its id. */
    ServiceId add(ServiceKind kind, String name, Object... overrides) {
        ServiceId id = diagram.newServiceId(kind);
        Service service = Service.create(id, kind, name, Point.ORIGIN);
        diagram.addService(new Service(id, kind, name, Point.ORIGIN, override(service.properties(), overrides)));
        return id;
    }

    /** Connects two services with a type, starting from the catalogue's defaults of that connection. */
    ConnectionId connect(ConnectionType type, ServiceId source, ServiceId target, Object... overrides) {
        PropertyValues defaults = CATALOG.connection(type, diagram.require(source).kind(),
                        diagram.require(target).kind())
                .map(spec -> PropertyValues.defaults(spec.properties())).orElse(PropertyValues.empty());
        ConnectionId id = diagram.newConnectionId();
        diagram.addConnection(new Connection(id, type, source, target, override(defaults, overrides)));
        return id;
    }

    /** What a rule finds in the diagram built so far. */
    List<Diagnostic> check(ValidationRule rule) {
        return rule.check(new ValidationContext(diagram, CATALOG));
    }

    /** The one diagnostic a rule finds; fails when it finds none or several. */
    Diagnostic single(ValidationRule rule) {
        List<Diagnostic> diagnostics = check(rule);
        assertEquals(1, diagnostics.size(), () -> "expected one diagnostic, got " + diagnostics);
        return diagnostics.get(0);
    }

    /** Asserts a diagnostic's rule, severity and elements, and that its message mentions every fragment. */
    static void assertFinding(Diagnostic diagnostic, String ruleId, Severity severity, List<ElementId> elements,
                              String... fragments) {
        assertEquals(ruleId, diagnostic.ruleId());
        assertEquals(severity, diagnostic.severity());
        assertEquals(elements, diagnostic.elements());
        for (String fragment : fragments) {
            assertTrue(diagnostic.message().contains(fragment),
                    () -> "message lacks '" + fragment + "': " + diagnostic.message());
        }
        assertTrue(!diagnostic.fix().isBlank(), "a diagnostic suggests a fix");
    }

    private static PropertyValues override(PropertyValues values, Object... overrides) {
        if (overrides.length % 2 != 0) {
            throw new IllegalArgumentException("overrides come in name/value pairs");
        }
        PropertyValues result = values;
        for (int index = 0; index < overrides.length; index += 2) {
            result = result.with((String) overrides[index], overrides[index + 1]);
        }
        return result;
    }
}
