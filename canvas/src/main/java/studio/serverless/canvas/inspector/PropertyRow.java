package studio.serverless.canvas.inspector;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One row of the inspector: the property's label, its editor ({@code #property-<name>}), its help text and, after
 * refused input, the reason ({@code #property-<name>-error}) while the typed text stays for correcting.
 */
final class PropertyRow {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ValueEditor editor;
    private final Label error = new Label();
    private final VBox node;
    private final Function<String, Optional<String>> commit;
    private InspectorField field;

    /** A row for a field; {@code commit} applies a text to the current field and returns why it was refused. */
    PropertyRow(InspectorField field, BiFunction<InspectorField, String, Optional<String>> apply) {
        this.field = field;
        this.commit = text -> apply.apply(this.field, text);
        String id = "property-" + field.spec().name();
        editor = ValueEditor.of(field, this::committed);
        editor.node().setId(id);
        Label label = new Label(field.spec().label() + (field.spec().optional() ? " (optional)" : ""));
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(editor.node());
        Label help = new Label(field.help());
        help.getStyleClass().add("inspector-help");
        help.setWrapText(true);
        error.setId(id + "-error");
        error.getStyleClass().add("inspector-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        node = new VBox(3, label, editor.node(), error, help);
        node.getStyleClass().add("inspector-row");
        editor.show(field.text());
    }

    Node node() {
        return node;
    }

    /** Shows the field's new value (after an edit, undo or redo) and forgets a refusal. */
    void refresh(InspectorField newField) {
        field = newField;
        editor.show(newField.text());
        showError(Optional.empty());
    }

    private void committed(String text) {
        showError(commit.apply(text));
    }

    private void showError(Optional<String> message) {
        error.setText(message.orElse(""));
        error.setVisible(message.isPresent());
        editor.node().pseudoClassStateChanged(INVALID, message.isPresent());
    }
}
