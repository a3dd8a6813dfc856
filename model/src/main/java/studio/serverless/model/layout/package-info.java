/**
 * Automatic layout of a diagram, left to right by data flow, as a pure algorithm with no JavaFX: the
 * {@link studio.serverless.model.layout.LayeredLayout} puts sources on the left and sinks on the right in layers
 * (trigger and access connections decide the direction; cycles are broken by leaving out as few connections as it
 * can, destinations first), orders each layer by barycentre to reduce crossings, and returns the positions as a
 * {@link studio.serverless.model.layout.DiagramLayout}, which an editor applies as one move command.
 */
package studio.serverless.model.layout;
