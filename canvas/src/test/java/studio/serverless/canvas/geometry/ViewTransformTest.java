package studio.serverless.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.Point;

class ViewTransformTest {

    @Test
    void zoomingKeepsThePointUnderThePivot() {
        ViewTransform before = new ViewTransform(1, 30, -20);
        Point pivot = new Point(300, 200);
        Point underPivot = before.toDiagram(pivot);

        ViewTransform after = before.zoomedAround(2, pivot);

        assertEquals(2, after.zoom());
        assertEquals(pivot, after.toView(underPivot));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        assertEquals(ViewTransform.MAX_ZOOM, ViewTransform.IDENTITY.zoomedAround(50, Point.ORIGIN).zoom());
        assertEquals(ViewTransform.MIN_ZOOM, ViewTransform.IDENTITY.zoomedAround(0.001, Point.ORIGIN).zoom());
    }

    @Test
    void centringPutsTheDiagramPointInTheMiddleOfTheView() {
        ViewTransform centred = new ViewTransform(0.5, 0, 0).centeredOn(new Point(1000, 1000), 800, 600);

        assertEquals(new Point(400, 300), centred.toView(new Point(1000, 1000)));
    }

    @Test
    void fittingShowsTheWholeBoxInTheView() {
        Box content = new Box(0, 0, 1960, 1160);

        ViewTransform fit = ViewTransform.fitting(content, 20, 800, 600);

        assertEquals(0.4, fit.zoom(), 1e-9);
        assertEquals(new Point(400, 300), fit.toView(content.center()));
    }

    @Test
    void fittingASmallDiagramDoesNotZoomIn() {
        assertEquals(1, ViewTransform.fitting(new Box(0, 0, 100, 100), 20, 800, 600).zoom());
    }
}
