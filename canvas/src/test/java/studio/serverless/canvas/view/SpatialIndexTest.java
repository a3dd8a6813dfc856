package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.Box;

class SpatialIndexTest {

    private final SpatialIndex<String> index = new SpatialIndex<>();

    @Test
    void findsWhatLiesNearAnAreaAndNotWhatLiesFarAway() {
        // given
        index.put("near", new Box(100, 100, 160, 64));
        index.put("far", new Box(5000, 3000, 160, 64));

        // then
        assertEquals(List.of("near"), near(new Box(0, 0, 800, 600)));
    }

    @Test
    void anElementSpanningManyCellsIsFoundOnce() {
        // given
        index.put("long edge", new Box(0, 0, 3 * SpatialIndex.CELL, 2 * SpatialIndex.CELL));

        // then
        assertEquals(List.of("long edge"), near(new Box(-10, -10, 4 * SpatialIndex.CELL, 4 * SpatialIndex.CELL)));
    }

    @Test
    void aMovedElementIsFoundWhereItIsNowOnly() {
        // given
        index.put("figure", new Box(100, 100, 160, 64));

        // when
        index.put("figure", new Box(5000, 3000, 160, 64));

        // then
        assertEquals(List.of(), near(new Box(0, 0, 800, 600)));
        assertEquals(List.of("figure"), near(new Box(4800, 2800, 800, 600)));
    }

    @Test
    void aRemovedElementIsNotFound() {
        // given
        index.put("figure", new Box(100, 100, 160, 64));

        // when
        index.remove("figure");

        // then
        assertEquals(List.of(), near(new Box(0, 0, 800, 600)));
    }

    @Test
    void anElementTouchingTheAreaAtItsBorderIsFound() {
        // given: culling counts a box that touches the area as in view
        index.put("figure", new Box(SpatialIndex.CELL - 160, 0, 160, 64));

        // then
        assertEquals(List.of("figure"), near(new Box(SpatialIndex.CELL, 0, 800, 600)));
    }

    private List<String> near(Box area) {
        List<String> found = new ArrayList<>();
        index.near(area, found::add);
        return found;
    }
}
