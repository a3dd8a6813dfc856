package studio.serverless.canvas.view;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * Tells when a zoom gesture is over: {@value #SETTLE_MILLIS} ms after its last step, on the first frame without a zoom
 * step. A frame slower than the delay does not end a gesture in the middle: animations (the wheel's or a benchmark's
 * zoom step among them) run before layout in a frame, so whether this frame zoomed is known after its layout.
 */
final class ZoomSettler {

    /** How long after the last zoom step the view is drawn in detail again, at the zoom reached. */
    static final int SETTLE_MILLIS = 250;

    private final Pane content;
    private final Runnable settle;
    private final Runnable afterLayout = this::afterLayout;
    /** Made on the first zoom: an export's view never zooms. */
    private PauseTransition timer;
    /** Set when the delay has passed, cleared by a zoom step; checked after the layout of a frame. */
    private boolean due;
    private Scene listeningTo;

    /** Calls {@code settle} when a zoom of the view of this content is over. */
    ZoomSettler(Pane content, Runnable settle) {
        this.content = content;
        this.settle = settle;
    }

    /** Notes a zoom step: the gesture goes on. */
    void zoomed() {
        due = false;
        if (timer == null) {
            timer = new PauseTransition(Duration.millis(SETTLE_MILLIS));
            timer.setOnFinished(event -> delayPassed());
        }
        timer.playFromStart();
    }

    /** Stops waiting. */
    void dispose() {
        if (timer != null) {
            timer.stop();
        }
        stopListening();
    }

    private void delayPassed() {
        due = true;
        Scene scene = content.getScene();
        if (scene == null) {
            afterLayout();
        } else if (listeningTo == null) {
            listeningTo = scene;
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void afterLayout() {
        stopListening();
        if (due) {
            due = false;
            settle.run();
        }
    }

    private void stopListening() {
        if (listeningTo != null) {
            listeningTo.removePostLayoutPulseListener(afterLayout);
            listeningTo = null;
        }
    }
}
