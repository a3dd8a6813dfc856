package studio.serverless.canvas.palette;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.serverless.canvas.view.IconFactory;
import studio.serverless.model.catalog.ServiceKind;

/**
 * The palette control ({@code #palette}): a filter field ({@code #paletteFilter}) above the list of service kinds
 * ({@code #paletteList}, one cell {@code #palette-<kind id>} per kind). Drag a cell onto the diagram editor, or
 * select one with the arrow keys and press Enter (or double-click it) to hand the kind to the add action.
 */
public final class ServicePalette extends VBox {

    private final PaletteEntries entries;
    private final TextField filter = new TextField();
    private final ObservableList<ServiceKind> shown = FXCollections.observableArrayList();
    private final ListView<ServiceKind> list = new ListView<>(shown);
    private final Consumer<ServiceKind> onAdd;

    /**
     * A palette of the entries' kinds drawn with these icons.
     *
     * @param onAdd what Enter or a double-click does with the chosen kind (the shell adds it at the canvas centre)
     */
    public ServicePalette(PaletteEntries entries, IconFactory icons, Consumer<ServiceKind> onAdd) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.onAdd = Objects.requireNonNull(onAdd, "onAdd");
        getStylesheets().add(ServicePalette.class.getResource("/studio/serverless/canvas/panels.css").toExternalForm());
        setId("palette");
        getStyleClass().add("service-palette");
        setSpacing(6);
        Label title = new Label("Services");
        title.getStyleClass().add("palette-title");
        filter.setId("paletteFilter");
        filter.setPromptText("Search services");
        filter.textProperty().addListener((observable, old, text) -> applyFilter(text));
        filter.addEventHandler(KeyEvent.KEY_PRESSED, this::filterKeyPressed);
        list.setId("paletteList");
        list.setCellFactory(view -> new PaletteCell(entries, icons));
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::listKeyPressed);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                addSelected();
            }
        });
        list.setPlaceholder(new Label("No service matches"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, filter, list);
        applyFilter("");
    }

    /** The filter field, for the shell's "find service" shortcut. */
    public TextField filterField() {
        return filter;
    }

    /** The kinds listed now, after filtering; unmodifiable. */
    public ObservableList<ServiceKind> shownKinds() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    private void applyFilter(String text) {
        shown.setAll(entries.matching(text));
        if (!shown.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void filterKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
            list.requestFocus();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            addSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
            filter.clear();
            event.consume();
        }
    }

    private void listKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            addSelected();
            event.consume();
        }
    }

    private void addSelected() {
        ServiceKind kind = list.getSelectionModel().getSelectedItem();
        if (kind != null) {
            onAdd.accept(kind);
        }
    }
}
