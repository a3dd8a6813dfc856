package studio.serverless.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.Point;

class EdgeGeometryTest {

    private final Box left = new Box(0, 0, 160, 64);
    private final Box right = new Box(400, 0, 160, 64);

    @Test
    void anEdgeRunsFromOutlineToOutline() {
        EdgeRoute route = EdgeGeometry.route(left, right);

        assertEquals(new Point(160, 32), route.start());
        assertEquals(new Point(400, 32), route.end());
        assertEquals(new Point(280, 32), route.labelAt());
    }

    @Test
    void theArrowheadPointsAtTheTarget() {
        EdgeRoute route = EdgeGeometry.route(left, right);

        assertEquals(new Point(390, 27), route.arrowLeft());
        assertEquals(new Point(390, 37), route.arrowRight());
    }

    @Test
    void overlappingFiguresAreJoinedCentreToCentre() {
        EdgeRoute route = EdgeGeometry.route(left, new Box(20, 10, 160, 64));

        assertEquals(left.center(), route.start());
        assertEquals(new Point(100, 42), route.end());
    }
}
