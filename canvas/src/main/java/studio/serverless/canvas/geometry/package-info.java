/**
 * Plain geometry of the diagram editor, free of JavaFX so that plain unit tests cover it: boxes of figures, the
 * snapping grid, where an edge leaves and enters its figures and where its arrowhead and label go, and the
 * zoom-and-pan transform between the view and the diagram.
 */
package studio.serverless.canvas.geometry;
