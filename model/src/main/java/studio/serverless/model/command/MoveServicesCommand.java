package studio.serverless.model.command;

import java.util.LinkedHashMap;
import java.util.Map;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Moves one or more services to new positions: one drag of a selection is one command. */
public final class MoveServicesCommand implements Command {

    private final Map<ServiceId, Point> newPositions;
    private final Map<ServiceId, Point> oldPositions = new LinkedHashMap<>();

    /** A command that moves each service to the position given for it. */
    public MoveServicesCommand(Map<ServiceId, Point> newPositions) {
        this.newPositions = new LinkedHashMap<>(newPositions);
    }

    @Override
    public String name() {
        return newPositions.size() == 1 ? "Move service" : "Move " + newPositions.size() + " services";
    }

    @Override
    public void execute(Diagram diagram) {
        newPositions.keySet().forEach(diagram::require);
        oldPositions.clear();
        newPositions.forEach((id, position) -> {
            Service service = diagram.require(id);
            oldPositions.put(id, service.position());
            diagram.replaceService(service.withPosition(position));
        });
    }

    @Override
    public void undo(Diagram diagram) {
        oldPositions.forEach((id, position) -> diagram.replaceService(diagram.require(id).withPosition(position)));
    }
}
