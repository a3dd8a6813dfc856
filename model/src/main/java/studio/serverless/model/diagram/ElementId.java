package studio.serverless.model.diagram;

/** The id of an element of a diagram: a service or a connection. Ids are unique within one diagram. */
public sealed interface ElementId permits ServiceId, ConnectionId {

    /** The id as stored in files. */
    String value();
}
