package studio.serverless.canvas.inspector;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import studio.serverless.model.catalog.PropertySpec;

/** The editing control of one property, chosen by its type: a field, a text area, a drop-down or a check box. */
interface ValueEditor {

    /** The control. */
    Node node();

    /** Shows a value as its edit text (see {@link InspectorField#text()}). */
    void show(String text);

    /**
     * An editor for the field's property that hands every committed text to {@code commit}; a text property with
     * suggestions gets a drop-down of them that still accepts any typed text.
     */
    static ValueEditor of(InspectorField field, Consumer<String> commit) {
        PropertySpec spec = field.spec();
        return switch (spec.type()) {
            case BOOLEAN -> checkBox(commit);
            case CHOICE -> comboBox(spec, commit);
            case JSON -> textInput(new TextArea(), commit);
            case TEXT -> field.suggestions().isEmpty() ? textInput(new TextField(), commit)
                    : suggestingBox(field.suggestions(), commit);
            default -> textInput(new TextField(), commit);
        };
    }

    /** An editable drop-down: picking a suggestion commits it; typed text commits on Enter and on leaving. */
    private static ValueEditor suggestingBox(List<String> suggestions, Consumer<String> commit) {
        ComboBox<String> box = committingBox(suggestions, commit);
        box.setEditable(true);
        box.getEditor().focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.accept(box.getEditor().getText());
            }
        });
        return new Simple(box, text -> {
            box.setValue(text);
            box.getEditor().setText(text);
        });
    }

    private static ValueEditor checkBox(Consumer<String> commit) {
        CheckBox box = new CheckBox();
        box.setOnAction(event -> commit.accept(String.valueOf(box.isSelected())));
        return new Simple(box, text -> box.setSelected(Boolean.parseBoolean(text)));
    }

    private static ValueEditor comboBox(PropertySpec spec, Consumer<String> commit) {
        ComboBox<String> box = committingBox(spec.choices(), commit);
        return new Simple(box, box::setValue);
    }

    /** A full-width drop-down of {@code items} that commits the value picked. */
    private static ComboBox<String> committingBox(List<String> items, Consumer<String> commit) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(event -> {
            if (box.getValue() != null) {
                commit.accept(box.getValue());
            }
        });
        return box;
    }

    /** Text is committed on Enter (Ctrl+Enter in a text area) and when the control loses the focus. */
    private static ValueEditor textInput(TextInputControl input, Consumer<String> commit) {
        if (input instanceof TextField field) {
            field.setOnAction(event -> commit.accept(field.getText()));
        } else {
            ((TextArea) input).setPrefRowCount(12);
            input.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                    commit.accept(input.getText());
                    event.consume();
                }
            });
        }
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.accept(input.getText());
            }
        });
        return new Simple(input, input::setText);
    }

    /** An editor made of a control and the way to show a text in it. */
    record Simple(Node node, Consumer<String> shower) implements ValueEditor {
        @Override
        public void show(String text) {
            shower.accept(text);
        }
    }
}
