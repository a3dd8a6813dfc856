/**
 * Pictures of a whole diagram for documents and reviews: {@link studio.serverless.canvas.export.DiagramExporter}
 * writes a PNG (a snapshot of the same figures and edges the editor draws, at any scale, with a margin) and an
 * SVG (written from the model and the figure geometry, so it stays sharp and its text stays text).
 */
package studio.serverless.canvas.export;
