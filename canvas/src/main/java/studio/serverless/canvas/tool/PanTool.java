package studio.serverless.canvas.tool;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Moves the view with the pointer: a middle-button drag, or a drag while Space is held. */
final class PanTool implements Tool {

    private final ToolContext context;
    private double lastSceneX;
    private double lastSceneY;
    private Cursor cursorBefore;

    PanTool(ToolContext context) {
        this.context = context;
    }

    @Override
    public void pressed(MouseEvent event) {
        lastSceneX = event.getSceneX();
        lastSceneY = event.getSceneY();
        cursorBefore = context.viewport().getCursor();
        context.viewport().setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void dragged(MouseEvent event) {
        context.viewport().panBy(event.getSceneX() - lastSceneX, event.getSceneY() - lastSceneY);
        lastSceneX = event.getSceneX();
        lastSceneY = event.getSceneY();
    }

    @Override
    public void released(MouseEvent event) {
        cancel();
    }

    @Override
    public void cancel() {
        context.viewport().setCursor(cursorBefore);
    }
}
