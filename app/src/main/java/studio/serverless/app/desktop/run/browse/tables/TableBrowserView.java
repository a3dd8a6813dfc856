package studio.serverless.app.desktop.run.browse.tables;

import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import studio.serverless.app.desktop.run.browse.ResourceChoosers;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The table browser ({@code #tableBrowser}): the table chooser ({@code #tableChooser}), Refresh, Add, Edit, Delete
 * and More, the items ({@code #items}) with one column per attribute, and below them the chosen item as JSON
 * ({@code #itemPreview}) or, while editing, the {@link ItemEditorView}.
 */
public final class TableBrowserView extends BorderPane {

    private final TableBrowserViewModel model;
    private final TableView<Map<String, AttributeValue>> table = new TableView<>();
    private final StackPane lower = new StackPane();
    private final TextArea preview = new TextArea();
    private final ChoiceBox<ItemFormat> previewFormat = new ChoiceBox<>();
    private final Predicate<String> confirm;

    /**
     * A view of {@code model}; {@code confirm} asks the person to agree to a sentence (a dialog in the app) before
     * an item is deleted.
     */
    public TableBrowserView(TableBrowserViewModel model, Predicate<String> confirm) {
        this.model = model;
        this.confirm = confirm;
        setId("tableBrowser");
        table.setId("items");
        table.setItems(model.items());
        table.setPlaceholder(new Label(model.tables().isEmpty() ? "The diagram has no DynamoDB tables."
                : "Choose a table to see its items."));
        model.columns().addListener((ListChangeListener<String>) change -> rebuildColumns());
        table.getSelectionModel().selectedItemProperty().addListener((seen, old, item) -> showPreview());
        setTop(toolBar());
        setCenter(new SplitPane(table, lower));
        ((SplitPane) getCenter()).setOrientation(Orientation.VERTICAL);
        Label status = new Label();
        status.setId("tableStatus");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(2, 6, 2, 6));
        setBottom(status);
        preparePreview();
    }

    private ToolBar toolBar() {
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setId("tableChooser");
        chooser.setPromptText("Table");
        chooser.getItems().setAll(model.tables());
        ResourceChoosers.wire(chooser, model::select);
        Button refresh = button("Refresh", "refreshItems", model::refresh);
        Button add = button("Add", "addItem", () -> showEditor(model.add()));
        Button edit = button("Edit", "editItem", () -> selected(item -> showEditor(model.edit(item))));
        Button delete = button("Delete", "deleteItem", () -> selected(this::delete));
        Button more = button("More", "moreItems", model::loadMore);
        more.disableProperty().bind(model.morePagesProperty().not());
        add.disableProperty().bind(chooser.valueProperty().isNull());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new ToolBar(chooser, refresh, add, edit, delete, more);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void selected(java.util.function.Consumer<Map<String, AttributeValue>> action) {
        Map<String, AttributeValue> item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        }
    }

    private void delete(Map<String, AttributeValue> item) {
        if (confirm.test("Delete the item " + ItemJson.write(model.keyOf(item), ItemFormat.PLAIN_JSON)
                .replaceAll("\\s+", " ") + " from " + model.table() + "?")) {
            model.delete(item);
        }
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        for (String name : model.columns()) {
            TableColumn<Map<String, AttributeValue>, String> column = new TableColumn<>(name);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    cell.getValue().containsKey(name) ? ItemJson.cell(cell.getValue().get(name)) : ""));
            table.getColumns().add(column);
        }
    }

    private void preparePreview() {
        preview.setId("itemPreview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        previewFormat.setId("previewFormat");
        previewFormat.getItems().setAll(ItemFormat.values());
        previewFormat.setValue(ItemFormat.DYNAMODB_JSON);
        previewFormat.setOnAction(event -> showPreview());
        showPreview();
    }

    private void showPreview() {
        Map<String, AttributeValue> item = table.getSelectionModel().getSelectedItem();
        preview.setText(item == null ? "" : ItemJson.write(item, previewFormat.getValue()));
        BorderPane pane = new BorderPane(preview);
        pane.setTop(new ToolBar(new Label("Item as"), previewFormat));
        lower.getChildren().setAll(pane);
    }

    private void showEditor(ItemEditorViewModel editor) {
        lower.getChildren().setAll(new ItemEditorView(editor, () -> {
            model.refresh();
            showPreview();
        }, this::showPreview));
    }
}
