package studio.serverless.canvas.geometry;

import studio.serverless.model.diagram.Point;

/**
 * Where an edge is drawn: a straight segment from the source figure's outline to the target figure's outline,
 * an arrowhead at the target end, and the place of its label.
 *
 * @param start      where the edge leaves the source figure
 * @param end        where it enters the target figure (the arrow's tip)
 * @param arrowLeft  one back corner of the arrowhead
 * @param arrowRight the other back corner of the arrowhead
 * @param labelAt    the middle of the segment, where the label is centred
 */
public record EdgeRoute(Point start, Point end, Point arrowLeft, Point arrowRight, Point labelAt) {
}
