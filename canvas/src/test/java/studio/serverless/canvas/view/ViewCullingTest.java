package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.Box;

class ViewCullingTest {

    private static final Box VIEW = new Box(0, 0, 1280, 800);

    private final ViewCulling culling = new ViewCulling();

    @ParameterizedTest(name = "at {0} detail is {1}")
    @CsvSource({"0.1, false", "0.39, false", "0.4, true", "1, true", "4, true"})
    void detailIsDrawnFromTheDetailZoomUp(double zoom, boolean detailed) {
        // when
        culling.update(scaled(VIEW, zoom), zoom);

        // then
        assertEquals(detailed, culling.detailed());
        assertEquals(detailed, culling.area() != null, "culled");
    }

    @Test
    void aZoomStepDrawsPlainUntilTheZoomSettles() {
        // given
        culling.update(VIEW, 1);

        // when
        ViewCulling.Change change = culling.update(scaled(VIEW, 0.9), 0.9);

        // then
        assertTrue(change.detail());
        assertFalse(culling.detailed());
        assertTrue(culling.zooming());
        assertFalse(culling.cachesTiles());

        // when
        assertTrue(culling.settle());

        // then
        assertTrue(culling.detailed());
        assertTrue(culling.cachesTiles());
    }

    @Test
    void whileZoomingTheCulledAreaIsKeptAsLongAsItHoldsTheView() {
        // given
        culling.update(VIEW, 1);
        culling.update(scaled(VIEW, 0.9), 0.9);
        Box area = culling.area();

        // when
        ViewCulling.Change smaller = culling.update(scaled(VIEW, 0.8), 0.8);

        // then
        assertFalse(smaller.area());
        assertSame(area, culling.area());

        // when
        ViewCulling.Change outside = culling.update(scaled(VIEW, 0.5), 0.5);

        // then
        assertTrue(outside.area());
        assertTrue(culling.area().contains(scaled(VIEW, 0.5)));
    }

    @Test
    void zoomedFarOutNothingIsCulledAndTheWholeContentIsOneBitmap() {
        // when
        culling.update(scaled(VIEW, 0.2), 0.2);

        // then
        assertNull(culling.area());
        assertTrue(culling.shows(new Box(90_000, 90_000, 160, 64)));
        assertTrue(culling.cachesContent());
        assertFalse(culling.cachesTiles());
    }

    @Test
    void zoomingFarOutCullsWhatIsFarFromTheViewUntilTheZoomSettles() {
        // given
        culling.update(VIEW, 1);

        // when
        culling.update(scaled(VIEW, 0.25), 0.25);

        // then
        assertFalse(culling.shows(new Box(90_000, 90_000, 160, 64)));
        assertFalse(culling.cachesContent());

        // when
        culling.settle();

        // then
        assertNull(culling.area());
        assertTrue(culling.shows(new Box(90_000, 90_000, 160, 64)));
        assertTrue(culling.cachesContent());
    }

    @Test
    void aPanWithinTheMarginKeepsTheAreaAndOneBeyondItCullsAnew() {
        // given
        culling.update(VIEW, 1);
        Box area = culling.area();

        // when
        ViewCulling.Change small = culling.update(new Box(100, 0, 1280, 800), 1);

        // then
        assertFalse(small.area());
        assertSame(area, culling.area());
        assertFalse(culling.shows(new Box(2000, 0, 160, 64)));

        // when
        ViewCulling.Change large = culling.update(new Box(600, 0, 1280, 800), 1);

        // then
        assertTrue(large.area());
        assertTrue(culling.shows(new Box(2000, 0, 160, 64)));
    }

    /** The view of this size at a zoom, around the same middle. */
    private static Box scaled(Box view, double zoom) {
        double width = view.width() / zoom;
        double height = view.height() / zoom;
        return new Box(view.center().x() - width / 2, view.center().y() - height / 2, width, height);
    }
}
