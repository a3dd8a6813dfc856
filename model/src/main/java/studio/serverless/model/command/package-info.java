/**
 * Edits of a diagram as undoable commands (add, remove, move, connect, reconnect, set property, rename, and
 * compounds of them for one gesture) and the command stack that keeps the undo history and the save point.
 */
package studio.serverless.model.command;
