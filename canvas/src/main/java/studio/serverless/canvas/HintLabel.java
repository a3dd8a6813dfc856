package studio.serverless.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message at the bottom of the editor that goes away by itself after a few seconds. */
final class HintLabel extends Label {

    private static final Duration SHOWN_FOR = Duration.seconds(4);

    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    HintLabel() {
        setId("canvas-hint");
        getStyleClass().add("canvas-hint");
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
        timer.setOnFinished(event -> {
            setVisible(false);
            setText("");
        });
    }

    void flash(String hint) {
        setText(hint);
        setVisible(true);
        timer.playFromStart();
    }
}
