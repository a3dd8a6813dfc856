package studio.serverless.app.desktop.gallery;

import java.util.Map;
import java.util.WeakHashMap;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;

/** A row of the gallery ({@code .example-cell}): the diagram's thumbnail, its title and its one-line summary. */
final class ExampleCell extends ListCell<Example> {

    static final double THUMBNAIL_WIDTH = 200;
    static final double THUMBNAIL_HEIGHT = 110;

    /** Thumbnails drawn once per example, however often cells are reused while scrolling. */
    private static final Map<Example, Image> THUMBNAILS = new WeakHashMap<>();

    private final ImageView thumbnail = new ImageView();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final HBox row = new HBox(12, thumbnail, new VBox(4, title, summary));

    ExampleCell() {
        getStyleClass().add("example-cell");
        title.getStyleClass().add("example-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        summary.getStyleClass().add("example-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(360);
    }

    @Override
    protected void updateItem(Example example, boolean empty) {
        super.updateItem(example, empty);
        if (empty || example == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(example.title());
        summary.setText(example.summary());
        thumbnail.setImage(THUMBNAILS.computeIfAbsent(example, ExampleCell::draw));
        setGraphic(row);
    }

    private static Image draw(Example example) {
        Diagram diagram;
        try {
            diagram = example.diagram();
        } catch (DiagramFormatException unreadable) {
            diagram = new Diagram();
        }
        return DiagramThumbnail.of(diagram, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT).snapshot(null, null);
    }
}
