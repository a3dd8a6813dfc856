package studio.serverless.model.diagram;

/** A change to a diagram, as its listeners hear of it. Views update themselves from these. */
public sealed interface DiagramEvent {

    /** A service was added. @param service the new service */
    record ServiceAdded(Service service) implements DiagramEvent {
    }

    /** A service was removed. @param service the service as it was */
    record ServiceRemoved(Service service) implements DiagramEvent {
    }

    /** A service was renamed, moved or had a property set. @param before as it was @param after as it is now */
    record ServiceChanged(Service before, Service after) implements DiagramEvent {
    }

    /** A connection was added. @param connection the new connection */
    record ConnectionAdded(Connection connection) implements DiagramEvent {
    }

    /** A connection was removed. @param connection the connection as it was */
    record ConnectionRemoved(Connection connection) implements DiagramEvent {
    }

    /** A connection was reconnected or had a property set. @param before as it was @param after as it is now */
    record ConnectionChanged(Connection before, Connection after) implements DiagramEvent {
    }
}
