package studio.serverless.model.command;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Sets one property of a service or connection. The value must have the property's type (a number for a number);
 * whether it keeps AWS's limits is for validation to say, so a person can type a value and be told why it is
 * wrong instead of losing it.
 */
public final class SetPropertyCommand implements Command {

    private final ElementId elementId;
    private final String property;
    private final Object value;
    private Object oldValue;
    private String label;

    /** A command that sets {@code property} of the element to {@code value} ({@code null} unsets it). */
    public SetPropertyCommand(ElementId elementId, String property, Object value) {
        this.elementId = elementId;
        this.property = property;
        this.value = value;
    }

    /** E.g. {@code Set Memory (MB)}: the catalogue's label of the property once executed, its id before. */
    @Override
    public String name() {
        return "Set " + (label == null ? property : label);
    }

    @Override
    public void execute(Diagram diagram) {
        PropertySpec spec = spec(diagram);
        if (!spec.fitsType(value)) {
            throw new IllegalArgumentException(spec.label() + " takes " + spec.type().expectedJavaShape()
                    + (spec.optional() ? " or nothing" : "") + ", not " + value);
        }
        label = spec.label();
        oldValue = currentValue(diagram);
        apply(diagram, value);
    }

    @Override
    public void undo(Diagram diagram) {
        apply(diagram, oldValue);
    }

    private PropertySpec spec(Diagram diagram) {
        ServiceCatalog catalog = ServiceCatalog.standard();
        if (elementId instanceof ServiceId serviceId) {
            Service service = diagram.require(serviceId);
            return catalog.service(service.kind()).property(property).orElseThrow(() -> unknown(service.kind()
                    .displayName()));
        }
        Connection connection = diagram.require((ConnectionId) elementId);
        return catalog.connection(connection.type(), diagram.require(connection.source()).kind(),
                        diagram.require(connection.target()).kind())
                .flatMap(spec -> spec.property(property))
                .orElseThrow(() -> unknown(connection.type().displayName() + " connection"));
    }

    private IllegalArgumentException unknown(String owner) {
        return new IllegalArgumentException("a " + owner + " has no property '" + property + "'");
    }

    private Object currentValue(Diagram diagram) {
        if (elementId instanceof ServiceId serviceId) {
            return diagram.require(serviceId).properties().get(property).orElse(null);
        }
        return diagram.require((ConnectionId) elementId).properties().get(property).orElse(null);
    }

    private void apply(Diagram diagram, Object newValue) {
        if (elementId instanceof ServiceId serviceId) {
            diagram.replaceService(diagram.require(serviceId).withProperty(property, newValue));
        } else {
            ConnectionId connectionId = (ConnectionId) elementId;
            diagram.replaceConnection(diagram.require(connectionId).withProperty(property, newValue));
        }
    }
}
