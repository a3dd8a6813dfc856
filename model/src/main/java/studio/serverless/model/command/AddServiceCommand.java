package studio.serverless.model.command;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/** Adds a service to the diagram (a drop from the palette, a paste). */
public final class AddServiceCommand implements Command {

    private final Service service;

    /** A command that adds this service, whose id must be new to the diagram. */
    public AddServiceCommand(Service service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "Add " + service.kind().displayName();
    }

    @Override
    public void execute(Diagram diagram) {
        diagram.addService(service);
    }

    @Override
    public void undo(Diagram diagram) {
        diagram.removeService(service.id());
    }
}
