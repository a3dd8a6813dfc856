package studio.serverless.canvas.inspector;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import studio.serverless.model.diagram.ServiceId;

/** The name row of a selected service ({@code #inspectorName}): renamed on Enter or when the field loses focus. */
final class NameRow {

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final VBox node;

    NameRow(ServiceId service, String name, InspectorModel model) {
        field.setId("inspectorName");
        field.setText(name);
        field.setOnAction(event -> showError(model.rename(service, field.getText())));
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                showError(model.rename(service, field.getText()));
            }
        });
        Label label = new Label("Name");
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(field);
        Label help = new Label("The AWS resource name (function, table, bucket, queue …).");
        help.getStyleClass().add("inspector-help");
        help.setWrapText(true);
        error.setId("inspectorName-error");
        error.getStyleClass().add("inspector-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        node = new VBox(3, label, field, error, help);
        node.getStyleClass().add("inspector-row");
    }

    Node node() {
        return node;
    }

    TextField field() {
        return field;
    }

    void show(String name) {
        field.setText(name);
        showError(Optional.empty());
    }

    private void showError(Optional<String> message) {
        error.setText(message.orElse(""));
        error.setVisible(message.isPresent());
        field.pseudoClassStateChanged(PropertyRow.INVALID, message.isPresent());
    }
}
