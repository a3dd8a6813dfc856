package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Transform;
import org.junit.jupiter.api.Test;
import studio.serverless.canvas.geometry.ViewTransform;
import studio.serverless.model.diagram.Point;

class ViewportTest {

    private final Pane content = new Pane();
    private final Viewport viewport = new Viewport(content);

    @Test
    void theContentIsShownAtAWholePixelOffsetWhateverTheTransform() {
        // given: at 100%, an offset between pixels (as a zoom around the pointer leaves it)
        viewport.setTransform(new ViewTransform(1, 100.3, -40.6));

        // when
        viewport.panBy(24.4, -6.2);

        // then: the pixels drawn sit on the screen's pixels, at most half a pixel from the exact place
        Transform shown = content.getLocalToParentTransform();
        ViewTransform exact = viewport.transform();
        assertEquals(Math.rint(shown.getTx()), shown.getTx());
        assertEquals(Math.rint(shown.getTy()), shown.getTy());
        assertEquals(exact.translateX(), shown.getTx(), 0.5);
        assertEquals(exact.translateY(), shown.getTy(), 0.5);
        assertEquals(1, shown.getMxx());
    }

    @Test
    void zoomingAroundAPointKeepsTheDiagramPointUnderItExactly() {
        // given
        Point pointer = new Point(333.3, 211.7);
        Point under = viewport.transform().toDiagram(pointer);

        // when
        for (int step = 0; step < 20; step++) {
            viewport.zoomAround(step % 2 == 0 ? 1.1 : 0.97, new Point2D(pointer.x(), pointer.y()));
        }

        // then: rounding what is shown does not make the zoom drift
        Point after = viewport.transform().toDiagram(pointer);
        assertEquals(under.x(), after.x(), 1e-9);
        assertEquals(under.y(), after.y(), 1e-9);
    }
}
