package studio.serverless.canvas.tool;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import studio.serverless.canvas.view.Viewport;

/**
 * Hands each mouse gesture on the viewport to the tool it belongs to, decided at the press: middle button or
 * Space held pans; the connector handle (or Alt) on a figure connects; a figure otherwise selects and moves;
 * anything else selects (edge click, rubber band, clear). The wheel zooms around the pointer; a touchpad's
 * two-finger scroll pans and its pinch zooms.
 */
public final class GestureRouter {

    /** How much one wheel notch zooms. */
    private static final double WHEEL_ZOOM_STEP = 1.1;

    private final ToolContext context;
    private final SelectTool select;
    private final MoveTool move;
    private final ConnectTool connect;
    private final PanTool pan;
    private Tool active;
    private boolean spaceDown;

    /** A router for the tools of this context, listening to its viewport's events. */
    public GestureRouter(ToolContext context) {
        this.context = context;
        this.select = new SelectTool(context);
        this.move = new MoveTool(context);
        this.connect = new ConnectTool(context);
        this.pan = new PanTool(context);
        Viewport viewport = context.viewport();
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
    }

    /** Whether Space is held, which turns a primary-button drag into a pan. */
    public void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    /** Abandons the gesture in progress; whether there was one. */
    public boolean cancel() {
        if (active == null) {
            return false;
        }
        Tool cancelled = active;
        active = null;
        cancelled.cancel();
        return true;
    }

    private void pressed(MouseEvent event) {
        cancel();
        active = toolFor(event);
        if (active != null) {
            active.pressed(event);
        }
        event.consume();
    }

    private Tool toolFor(MouseEvent event) {
        if (event.getButton() == MouseButton.MIDDLE || (spaceDown && event.getButton() == MouseButton.PRIMARY)) {
            return pan;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return null;
        }
        if (Picking.figureAt(event).isPresent()) {
            boolean connecting = Picking.onConnectorHandle(event) || event.isAltDown();
            return connecting && !context.isReadOnly() ? connect : move;
        }
        return select;
    }

    private void dragged(MouseEvent event) {
        if (active != null) {
            active.dragged(event);
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        Tool ending = active;
        active = null;
        if (ending != null) {
            ending.released(event);
        }
        event.consume();
    }

    private void scrolled(ScrollEvent event) {
        if (event.getTouchCount() > 0 && !event.isShortcutDown()) {
            context.viewport().panBy(event.getDeltaX(), event.getDeltaY());
        } else if (event.getDeltaY() != 0) {
            double factor = event.getDeltaY() > 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP;
            zoomBy(factor, event.getX(), event.getY());
        }
        event.consume();
    }

    private void zoomed(ZoomEvent event) {
        zoomBy(event.getZoomFactor(), event.getX(), event.getY());
        event.consume();
    }

    private void zoomBy(double factor, double x, double y) {
        Viewport viewport = context.viewport();
        viewport.zoomAround(viewport.transform().zoom() * factor, new Point2D(x, y));
    }
}
