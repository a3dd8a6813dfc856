/**
 * The inspector: the properties of the selected service or connection, edited with the catalogue's types, limits
 * and help text. {@link studio.serverless.canvas.inspector.InspectorModel} decides what is shown and turns each
 * accepted edit into one {@code SetPropertyCommand} or {@code RenameCommand} (one undo step);
 * {@link studio.serverless.canvas.inspector.PropertyInput} parses typed text and refuses what AWS would not accept
 * with a message naming the limit. Both are plain code with plain unit tests; {@link
 * studio.serverless.canvas.inspector.Inspector} is the control, rows of label, editor, help and error message.
 */
package studio.serverless.canvas.inspector;
