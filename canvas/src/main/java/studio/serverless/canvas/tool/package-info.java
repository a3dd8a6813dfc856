/**
 * The tools of the diagram editor: each turns one kind of mouse gesture (select, rubber band, move, connect,
 * pan) into feedback while it lasts and into one model command when it ends. The {@link
 * studio.serverless.canvas.tool.GestureRouter} picks the tool for each gesture; the plain classes beside them
 * ({@code MovePreview}, {@code ConnectionFactory}, {@code ConnectHints}) hold the logic that unit tests cover.
 */
package studio.serverless.canvas.tool;
