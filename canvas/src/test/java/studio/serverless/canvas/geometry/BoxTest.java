package studio.serverless.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.Point;

class BoxTest {

    private final Box figure = new Box(100, 100, 160, 64);

    @Test
    void aRubberBandDraggedUpAndLeftSpansTheSameBox() {
        assertEquals(new Box(10, 20, 90, 80), Box.spanning(new Point(100, 100), new Point(10, 20)));
    }

    @Test
    void aBoxContainsAnotherOnlyWhenWhollyInside() {
        assertTrue(new Box(0, 0, 500, 500).contains(figure));
        assertFalse(new Box(0, 0, 200, 500).contains(figure));
    }

    @Test
    void theUnionHoldsBothBoxes() {
        assertEquals(new Box(0, 0, 260, 164), figure.union(new Box(0, 0, 10, 10)));
    }

    @ParameterizedTest(name = "toward ({0}, {1}) leaves at ({2}, {3})")
    @CsvSource({"1000, 132, 260, 132", "-1000, 132, 100, 132", "180, 1000, 180, 164", "180, -1000, 180, 100",
            "220, 196, 200, 164"})
    void theBorderPointFacesTheTarget(double towardX, double towardY, double expectedX, double expectedY) {
        Point border = figure.borderToward(new Point(towardX, towardY));

        assertEquals(expectedX, border.x(), 1e-9);
        assertEquals(expectedY, border.y(), 1e-9);
    }

    @ParameterizedTest(name = "({0}, {1}) to ({2}, {3}) crosses the square: {4}")
    @CsvSource({
        "0, 0, 1000, 1000, true",     // a diagonal through the middle
        "0, 150, 50, 150, false",     // stops short of the left side
        "0, 150, 100, 150, true",     // ends on the left side
        "120, 120, 130, 130, true",   // wholly inside
        "0, 200, 200, 400, false",    // passes outside the bottom-left corner
        "260, 0, 260, 400, true",     // runs along the right side
        "50, 0, 300, 500, true"})     // enters at the top, leaves at the bottom
    void aSegmentCrossesABoxOnlyWhereItPassesThroughIt(double fromX, double fromY, double toX, double toY,
            boolean crosses) {
        Box square = new Box(100, 100, 160, 160);

        assertEquals(crosses, square.crossedBy(new Point(fromX, fromY), new Point(toX, toY)));
        assertEquals(crosses, square.crossedBy(new Point(toX, toY), new Point(fromX, fromY)));
    }

    @Test
    void boxesThatOnlyTouchIntersect() {
        assertTrue(figure.intersects(new Box(260, 164, 10, 10)));
        assertFalse(figure.intersects(new Box(261, 100, 10, 10)));
    }
}
