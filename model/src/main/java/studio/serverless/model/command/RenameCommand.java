package studio.serverless.model.command;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Renames a service (its AWS resource name). Validation, not the command, checks AWS's naming rules. */
public final class RenameCommand implements Command {

    private final ServiceId serviceId;
    private final String newName;
    private String oldName;

    /** A command that gives a service a new name. */
    public RenameCommand(ServiceId serviceId, String newName) {
        this.serviceId = serviceId;
        this.newName = newName;
    }

    @Override
    public String name() {
        return "Rename to " + newName;
    }

    @Override
    public void execute(Diagram diagram) {
        Service service = diagram.require(serviceId);
        oldName = service.name();
        diagram.replaceService(service.withName(newName));
    }

    @Override
    public void undo(Diagram diagram) {
        diagram.replaceService(diagram.require(serviceId).withName(oldName));
    }
}
