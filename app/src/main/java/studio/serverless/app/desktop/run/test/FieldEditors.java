package studio.serverless.app.desktop.run.test;

import java.io.File;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/** The editor of one form field, bound both ways to its text: {@code #field-KEY} (dots and such made dashes). */
final class FieldEditors {

    private FieldEditors() {
    }

    /** The node id of field {@code key}'s editor. */
    static String id(String key) {
        return "field-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    static Node editor(FormField field, EntryFormViewModel model) {
        return switch (field.kind()) {
            case LINE, NUMBER -> line(field, model);
            case CHOICE -> choice(field, model);
            case FILE -> file(field, model);
            case TEXT, JSON, OPTIONAL_JSON, HEADERS, PAIRS -> area(field, model);
        };
    }

    private static TextField line(FormField field, EntryFormViewModel model) {
        TextField text = new TextField();
        text.setId(id(field.key()));
        text.textProperty().bindBidirectional(model.value(field.key()));
        return text;
    }

    private static TextArea area(FormField field, EntryFormViewModel model) {
        TextArea text = new TextArea();
        text.setId(id(field.key()));
        text.getStyleClass().add("test-panel-code");
        text.setStyle("-fx-font-family: monospace;");
        boolean large = field.kind() == FieldKind.JSON || field.kind() == FieldKind.TEXT;
        text.setPrefRowCount(large ? 10 : 3);
        text.textProperty().bindBidirectional(model.value(field.key()));
        return text;
    }

    private static ComboBox<String> choice(FormField field, EntryFormViewModel model) {
        ComboBox<String> choices = new ComboBox<>(FXCollections.observableArrayList(field.choices()));
        choices.setId(id(field.key()));
        choices.setMaxWidth(Double.MAX_VALUE);
        choices.valueProperty().bindBidirectional(model.value(field.key()));
        return choices;
    }

    private static Node file(FormField field, EntryFormViewModel model) {
        TextField path = line(field, model);
        Button browse = new Button("Browse…");
        browse.setId(id(field.key()) + "-browse");
        browse.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(browse.getScene().getWindow());
            if (chosen != null) {
                path.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(6, path, browse);
    }
}
