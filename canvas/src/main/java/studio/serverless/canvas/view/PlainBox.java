package studio.serverless.canvas.view;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;

/**
 * The plain look of a figure, zoomed far out or while zooming: a square box filled like the figure's body and
 * outlined in its colour, as a region background (two filled rectangles) rather than a stroked shape.
 */
final class PlainBox {

    private PlainBox() {
    }

    /** A background that looks like this body drawn square: its stroke around the edge, its fill inside. */
    static Background of(Shape body) {
        double half = body.getStrokeWidth() / 2;
        return new Background(new BackgroundFill(paintOr(body.getStroke()), null, new Insets(-half)),
                new BackgroundFill(paintOr(body.getFill()), null, new Insets(half)));
    }

    private static Paint paintOr(Paint paint) {
        return paint == null ? Color.TRANSPARENT : paint;
    }
}
