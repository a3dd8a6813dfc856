/**
 * The diagram: services with ids, names, positions and property values, and the connections between them.
 * Services and connections are immutable records; the {@link studio.serverless.model.diagram.Diagram} holds them
 * in order and tells listeners of every change.
 */
package studio.serverless.model.diagram;
