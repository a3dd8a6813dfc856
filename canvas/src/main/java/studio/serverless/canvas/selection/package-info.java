/**
 * What is selected in a diagram editor: an observable set of element ids that the editor highlights and that the
 * shell's inspector and problems panel read and write.
 */
package studio.serverless.canvas.selection;
