package studio.serverless.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

class AlignmentTest {

    private static final ServiceId A = new ServiceId("a");
    private static final ServiceId B = new ServiceId("b");
    private static final ServiceId C = new ServiceId("c");

    @ParameterizedTest(name = "{0}: a ({1}, {2}), b ({3}, {4})")
    @CsvSource({
        "LEFT,   100, 40,  100, 300",
        "CENTER, 300, 40,  300, 300",
        "RIGHT,  500, 40,  500, 300",
        "TOP,    100, 40,  500, 40",
        "MIDDLE, 100, 170, 500, 170",
        "BOTTOM, 100, 300, 500, 300",
    })
    void figuresLineUpOnTheEdgeOrCentreOfTheBoxAroundThem(Alignment alignment, double ax, double ay, double bx,
                                                            double by) {
        // a at (100, 40), b at (500, 300): the box around them spans x 100..660, y 40..364
        Map<ServiceId, Point> positions = positions(new Point(100, 40), new Point(500, 300));

        Map<ServiceId, Point> aligned = alignment.align(positions);

        assertEquals(new Point(ax, ay), aligned.get(A));
        assertEquals(new Point(bx, by), aligned.get(B));
    }

    @Test
    void distributingSpreadsTheMiddleFiguresEvenlyBetweenTheOuterOnes() {
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        positions.put(A, new Point(0, 10));
        positions.put(B, new Point(600, 20));
        positions.put(C, new Point(100, 30));

        Map<ServiceId, Point> spread = Distribution.HORIZONTAL.distribute(positions);

        assertEquals(List.of(new Point(0, 10), new Point(600, 20), new Point(300, 30)),
                List.copyOf(spread.values()));
    }

    @Test
    void distributingVerticallyKeepsEachFigureInItsColumn() {
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        positions.put(A, new Point(5, 0));
        positions.put(B, new Point(6, 50));
        positions.put(C, new Point(7, 400));

        assertEquals(new Point(6, 200), Distribution.VERTICAL.distribute(positions).get(B));
    }

    private static Map<ServiceId, Point> positions(Point a, Point b) {
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        positions.put(A, a);
        positions.put(B, b);
        return positions;
    }
}
