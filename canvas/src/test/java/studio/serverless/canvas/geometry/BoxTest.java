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
}
