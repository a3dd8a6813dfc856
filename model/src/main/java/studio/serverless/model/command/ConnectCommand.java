package studio.serverless.model.command;

import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;

/** Connects two services with a connection the catalogue allows between their kinds. */
public final class ConnectCommand implements Command {

    private final Connection connection;

    /** A command that adds this connection; its id must be new and its type legal between its ends. */
    public ConnectCommand(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String name() {
        return "Connect (" + connection.type().displayName() + ")";
    }

    @Override
    public void execute(Diagram diagram) {
        ConnectionRules.requireLegal(diagram, connection.type(), connection.source(), connection.target());
        diagram.addConnection(connection);
    }

    @Override
    public void undo(Diagram diagram) {
        diagram.removeConnection(connection.id());
    }
}
