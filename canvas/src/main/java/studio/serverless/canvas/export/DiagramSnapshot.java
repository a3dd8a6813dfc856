package studio.serverless.canvas.export;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.selection.SelectionModel;
import studio.serverless.canvas.view.DiagramView;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.diagram.Diagram;

/**
 * A picture of the whole diagram drawn by the editor's own views: a fresh, unselected {@link DiagramView} in an
 * off-screen scene with the editor's style sheet, snapshotted over the diagram's extent. Nothing is culled, so
 * every figure shows however large the diagram.
 */
final class DiagramSnapshot {

    private static final String STYLE_SHEET = "/studio/serverless/canvas/canvas.css";

    private final Diagram diagram;
    private final IconFactory icons;

    DiagramSnapshot(Diagram diagram, IconFactory icons) {
        this.diagram = diagram;
        this.icons = icons;
    }

    WritableImage take(double scale, Color background) {
        DiagramView view = new DiagramView(diagram, new SelectionModel(), icons);
        try {
            Pane root = new Pane(view.layers().content());
            root.getStyleClass().add("diagram-editor");
            Scene scene = new Scene(root);
            scene.getStylesheets().add(DiagramSnapshot.class.getResource(STYLE_SHEET).toExternalForm());
            root.applyCss();
            root.layout();
            Box area = DiagramExtent.withMargin(diagram);
            int width = (int) Math.ceil(area.width() * scale);
            int height = (int) Math.ceil(area.height() * scale);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(background);
            parameters.setTransform(Transform.scale(scale, scale));
            parameters.setViewport(new Rectangle2D(area.x() * scale, area.y() * scale, width, height));
            return view.layers().content().snapshot(parameters, new WritableImage(width, height));
        } finally {
            view.dispose();
        }
    }
}
