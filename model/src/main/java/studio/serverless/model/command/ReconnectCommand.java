package studio.serverless.model.command;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.ServiceId;

/** Moves one or both ends of a connection to other services, keeping its type and properties. */
public final class ReconnectCommand implements Command {

    private final ConnectionId connectionId;
    private final ServiceId newSource;
    private final ServiceId newTarget;
    private Connection before;

    /** A command that gives a connection new ends; the type must stay legal between them. */
    public ReconnectCommand(ConnectionId connectionId, ServiceId newSource, ServiceId newTarget) {
        this.connectionId = connectionId;
        this.newSource = newSource;
        this.newTarget = newTarget;
    }

    @Override
    public String name() {
        return "Reconnect";
    }

    @Override
    public void execute(Diagram diagram) {
        Connection connection = diagram.require(connectionId);
        ConnectionRules.requireLegal(diagram, connection.type(), newSource, newTarget);
        before = connection;
        diagram.replaceConnection(connection.withEnds(newSource, newTarget));
    }

    @Override
    public void undo(Diagram diagram) {
        diagram.replaceConnection(before);
    }
}
