package studio.serverless.canvas.view;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;

/**
 * The plain look of a figure, zoomed far out or while zooming: a square box filled like the figure's body and
 * outlined in its category colour, with a square of that colour where the icon is (so each service still shows as a
 * coloured mark when the box is a few pixels wide), as a region background of filled rectangles, which software
 * rendering fills row by row, where stroked shapes would go through the path rasteriser.
 */
final class PlainBox {

    private PlainBox() {
    }

    /**
     * A background that looks like this body drawn square, its stroke around the edge and its fill inside, with the
     * icon slot (its insets in the figure) filled in the stroke's colour.
     */
    static Background of(Shape body, Insets iconSlot) {
        double half = body.getStrokeWidth() / 2;
        Paint colour = paintOr(body.getStroke());
        return new Background(new BackgroundFill(colour, null, new Insets(-half)),
                new BackgroundFill(paintOr(body.getFill()), null, new Insets(half)),
                new BackgroundFill(colour, null, iconSlot));
    }

    private static Paint paintOr(Paint paint) {
        return paint == null ? Color.TRANSPARENT : paint;
    }
}
