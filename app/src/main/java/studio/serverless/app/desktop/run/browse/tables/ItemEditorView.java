package studio.serverless.app.desktop.run.browse.tables;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.serverless.app.desktop.run.browse.ResourceChoosers;

/**
 * The item editor ({@code #itemEditor}): the format, the JSON text ({@code #itemText}), the error of the last
 * attempt ({@code #itemError}) and Save ({@code #saveItem}) / Cancel ({@code #cancelItem}).
 */
final class ItemEditorView extends VBox {

    ItemEditorView(ItemEditorViewModel model, Runnable onSaved, Runnable onCancel) {
        super(6);
        setId("itemEditor");
        setPadding(new Insets(6));
        Label title = new Label(model.isNew() ? "New item in " + model.table() : "Edit item of " + model.table());
        ChoiceBox<ItemFormat> format = new ChoiceBox<>();
        format.setId("itemFormat");
        format.getItems().setAll(ItemFormat.values());
        format.setValue(model.formatProperty().get());
        format.setOnAction(event -> {
            if (format.getValue() != model.formatProperty().get() && !model.switchTo(format.getValue())) {
                format.setValue(model.formatProperty().get());
            }
        });
        TextArea text = new TextArea();
        text.setId("itemText");
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bindBidirectional(model.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Label error = new Label();
        error.setId("itemError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c62828;");
        error.textProperty().bind(model.errorProperty());
        Button save = new Button("Save");
        save.setId("saveItem");
        save.setOnAction(event -> {
            if (model.save()) {
                onSaved.run();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancelItem");
        cancel.setOnAction(event -> onCancel.run());
        getChildren().setAll(new HBox(8, title, format), text, error, new HBox(8, save, cancel));
    }
}
