package studio.serverless.canvas.export;

import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.diagram.Diagram;

/** The area an exported picture shows: every figure, plus a margin on each side. */
final class DiagramExtent {

    /** The empty space around the figures, in diagram units. */
    static final double MARGIN = 40;

    private DiagramExtent() {
    }

    /** The box around all figures grown by the margin; just the margin around the origin when empty. */
    static Box withMargin(Diagram diagram) {
        return diagram.services().stream().map(service -> FigureGeometry.boxAt(service.position()))
                .reduce(Box::union).orElse(new Box(0, 0, 0, 0)).grow(MARGIN);
    }
}
