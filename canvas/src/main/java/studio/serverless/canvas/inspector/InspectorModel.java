package studio.serverless.canvas.inspector;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceSpec;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.RenameCommand;
import studio.serverless.model.command.SetPropertyCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * The inspector's logic, without JavaFX: describes a selection and turns typed values into commands on the stack,
 * one command (one undo step) per accepted edit, none for a refused or unchanged one.
 */
public final class InspectorModel {

    private final CommandStack stack;
    private final ServiceCatalog catalog = ServiceCatalog.standard();

    /** A model editing the diagram of this stack. */
    public InspectorModel(CommandStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    /** What the inspector shows for these selected elements. */
    public InspectorContent describe(Collection<? extends ElementId> selection) {
        if (selection.isEmpty()) {
            return InspectorContent.message("Nothing selected",
                    "Select a service or connection to see and edit its properties.");
        }
        if (selection.size() > 1) {
            return InspectorContent.message(selection.size() + " elements selected",
                    "Select one element to edit its properties.");
        }
        ElementId element = selection.iterator().next();
        return element instanceof ServiceId id ? describe(diagram().require(id))
                : describe(diagram().require((ConnectionId) element));
    }

    /**
     * Sets a property to the typed text, through one command when the text is accepted and changes the value.
     *
     * @return why the text was refused, or empty when it was accepted (or changed nothing)
     */
    public Optional<String> set(InspectorField field, String typed) {
        if (!exists(field.element())) {
            return Optional.empty();
        }
        InputResult result = PropertyInput.parse(field.spec(), typed);
        if (result instanceof InputResult.Refused refused) {
            return Optional.of(refused.message());
        }
        Object value = ((InputResult.Accepted) result).value();
        if (!Objects.equals(value, currentValue(field))) {
            stack.execute(new SetPropertyCommand(field.element(), field.spec().name(), value));
        }
        return Optional.empty();
    }

    /** Renames a service through one command; a blank name is refused with the reason. */
    public Optional<String> rename(ServiceId service, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of("A service needs a name; it becomes the AWS resource name.");
        }
        if (exists(service) && !name.equals(diagram().require(service).name())) {
            stack.execute(new RenameCommand(service, name));
        }
        return Optional.empty();
    }

    private InspectorContent describe(Service service) {
        ServiceSpec spec = catalog.service(service.kind());
        List<InspectorField> fields = spec.properties().stream().map(property -> new InspectorField(service.id(),
                property, service.properties().get(property.name()).orElse(null))).toList();
        return new InspectorContent(service.kind().displayName(), spec.summary(), Optional.of(service.id()),
                service.name(), fields);
    }

    private InspectorContent describe(Connection connection) {
        Service source = diagram().require(connection.source());
        Service target = diagram().require(connection.target());
        List<InspectorField> fields = catalog.connection(connection.type(), source.kind(), target.kind())
                .map(ConnectionSpec::properties).orElse(List.of()).stream()
                .map(property -> new InspectorField(connection.id(), property,
                        connection.properties().get(property.name()).orElse(null),
                        suggestions(connection, source, property.name())))
                .toList();
        return new InspectorContent(connection.type().displayName(), source.name() + " → " + target.name(),
                Optional.empty(), "", fields);
    }

    /** What the diagram suggests for a connection's property: an API integration's route is one of the API's. */
    private static List<String> suggestions(Connection connection, Service source, String property) {
        if (connection.type() == ConnectionType.API_INTEGRATION && property.equals("route")) {
            return source.properties().list("routes");
        }
        return List.of();
    }

    /** Whether the element is still in the diagram (an edit can be committed just after it was deleted). */
    public boolean exists(ElementId element) {
        return element instanceof ServiceId id ? diagram().service(id).isPresent()
                : diagram().connection((ConnectionId) element).isPresent();
    }

    private Object currentValue(InspectorField field) {
        return field.element() instanceof ServiceId id
                ? diagram().require(id).properties().get(field.spec().name()).orElse(null)
                : diagram().require((ConnectionId) field.element()).properties().get(field.spec().name()).orElse(null);
    }

    private Diagram diagram() {
        return stack.diagram();
    }
}
