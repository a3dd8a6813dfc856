package studio.serverless.canvas.tool;

import javafx.scene.input.MouseEvent;

/** One mouse gesture, from press to release; Escape cancels it and reverts its feedback. */
public interface Tool {

    /** The gesture starts. */
    void pressed(MouseEvent event);

    /** The pointer moves with the button down. */
    void dragged(MouseEvent event);

    /** The gesture ends: apply it (through one command, if it edits). */
    void released(MouseEvent event);

    /** The gesture is abandoned: undo its feedback, change nothing. */
    void cancel();
}
