package studio.serverless.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.diagram.Point;

class GridTest {

    @ParameterizedTest(name = "{0} snaps to {1}")
    @CsvSource({"0, 0", "9.9, 0", "10, 20", "153, 160", "-9, 0", "-11, -20"})
    void valuesSnapToTheNearestGridLine(double value, double snapped) {
        assertEquals(snapped, Grid.STANDARD.snap(value));
    }

    @Test
    void pointsSnapOnBothAxes() {
        assertEquals(new Point(160, 120), Grid.STANDARD.snap(new Point(153, 127)));
    }

    @Test
    void aGridNeedsAPositiveSpacing() {
        assertThrows(IllegalArgumentException.class, () -> new Grid(0));
    }
}
