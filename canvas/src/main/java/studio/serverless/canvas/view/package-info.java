/**
 * The views of a diagram: a figure per service, an edge per connection, the layers that hold them and keep them
 * in step with the model's events, validation marks, and the zoomable viewport. Views only show; the tools in
 * {@code studio.serverless.canvas.tool} turn gestures into model commands.
 */
package studio.serverless.canvas.view;
