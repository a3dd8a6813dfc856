package studio.serverless.canvas.palette;

import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.catalog.ServiceKind;

/** One palette row: the kind's icon and name, its explanation as a tooltip, and the start of a drag. */
final class PaletteCell extends ListCell<ServiceKind> {

    private static final double ICON_SIZE = 24;

    private final PaletteEntries entries;
    private final IconFactory icons;

    PaletteCell(PaletteEntries entries, IconFactory icons) {
        this.entries = entries;
        this.icons = icons;
        getStyleClass().add("palette-cell");
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(10);
        // no preferred width of its own: a long name ends in an ellipsis instead of widening the list
        setPrefWidth(0);
        setOnDragDetected(event -> {
            if (getItem() != null) {
                startDrag(getItem());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(ServiceKind kind, boolean empty) {
        super.updateItem(kind, empty);
        if (empty || kind == null) {
            setId(null);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setId("palette-" + kind.id());
        setText(kind.displayName());
        setGraphic(icons.icon(kind, ICON_SIZE));
        setTooltip(tooltip(kind));
    }

    private Tooltip tooltip(ServiceKind kind) {
        Tooltip tooltip = new Tooltip(entries.explanation(kind));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    private void startDrag(ServiceKind kind) {
        Dragboard dragboard = startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(DiagramEditor.SERVICE_KIND_FORMAT, kind.id());
        dragboard.setContent(content);
        if (getGraphic() != null) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            dragboard.setDragView(getGraphic().snapshot(parameters, null));
        }
    }
}
