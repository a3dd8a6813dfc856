package studio.serverless.canvas.minimap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.model.diagram.Point;

class MinimapMappingTest {

    @Test
    void aWideAreaFillsTheWidthAndIsCentredVertically() {
        MinimapMapping mapping = MinimapMapping.fitting(new Box(-100, 0, 1920, 400), 200, 140);

        assertEquals(0.1, mapping.scale(), 1e-9);
        assertEquals(new Point(4, 50), mapping.toMinimap(new Point(-100, 0)));
        assertEquals(new Point(196, 90), mapping.toMinimap(new Point(1820, 400)));
    }

    @Test
    void toDiagramUndoesToMinimap() {
        MinimapMapping mapping = MinimapMapping.fitting(new Box(30, 40, 800, 900), 200, 140);
        Point diagram = new Point(123, 456);

        Point back = mapping.toDiagram(mapping.toMinimap(diagram));

        assertEquals(diagram.x(), back.x(), 1e-9);
        assertEquals(diagram.y(), back.y(), 1e-9);
    }
}
