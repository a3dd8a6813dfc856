/**
 * The minimap: a small overview of the whole diagram with the editor's visible area outlined, for finding one's
 * way in a large diagram. Clicking or dragging in it pans the editor. The shell places it (for example in a
 * corner over the editor) and disposes of it with the editor.
 */
package studio.serverless.canvas.minimap;
