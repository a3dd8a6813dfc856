package studio.serverless.canvas.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.Grid;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

class MovePreviewTest {

    private final ServiceId grabbed = new ServiceId("lambda-1");
    private final ServiceId other = new ServiceId("sqs-1");
    private final Map<ServiceId, Point> start = new LinkedHashMap<>(Map.of(grabbed, new Point(100, 100),
            other, new Point(305, 107)));

    @Test
    void theGrabbedServiceLandsOnTheGridAndTheOthersKeepTheirDistance() {
        Map<ServiceId, Point> positions = new MovePreview(start, grabbed, Grid.STANDARD).positionsFor(53, 27);

        assertEquals(new Point(160, 120), positions.get(grabbed));
        assertEquals(new Point(365, 127), positions.get(other));
    }

    @Test
    void withoutAGridServicesFollowThePointerExactly() {
        Map<ServiceId, Point> positions = new MovePreview(start, grabbed, null).positionsFor(53, 27);

        assertEquals(new Point(153, 127), positions.get(grabbed));
    }

    @Test
    void aDragSnappedBackToItsStartMovesNothing() {
        MovePreview preview = new MovePreview(start, grabbed, Grid.STANDARD);

        assertFalse(preview.moves(preview.positionsFor(4, -6)));
    }
}
