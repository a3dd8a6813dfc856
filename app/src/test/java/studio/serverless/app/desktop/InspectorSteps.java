package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.model.catalog.PropertySpec;

/**
 * Edits the selected element through the inspector's controls as a person does: scrolls a row into view, looks at
 * what the control shows and, when it differs, types into the field, picks from the drop-down or ticks the box.
 * A value the inspector refuses fails the test with the inspector's own message.
 */
final class InspectorSteps {

    private static final int MOST_SCROLL_DRAGS = 4;

    private final FxRobot robot;

    InspectorSteps(FxRobot robot) {
        this.robot = robot;
    }

    /** Types the name into {@code #inspectorName} and presses Enter, unless it shows that name already. */
    void rename(String name) {
        TextInputControl field = robot.lookup("#inspectorName").queryAs(TextInputControl.class);
        if (!name.equals(field.getText())) {
            replaceText(field, name, KeyCode.ENTER);
            assertAccepted("#inspectorName-error");
        }
    }

    /** Gives the property this value with its row's control ({@code #property-<name>}). */
    void set(PropertySpec property, Object value) {
        String id = "#property-" + property.name();
        Node editor = robot.lookup(id).query();
        if (editor instanceof CheckBox box) {
            tick(box, Boolean.TRUE.equals(value));
        } else if (editor instanceof ComboBox<?> box) {
            choose(box, editText(value));
        } else {
            type((TextInputControl) editor, editText(value));
        }
        assertAccepted(id + "-error");
    }

    /** A value as the inspector shows it for editing: a list comma-separated, an unset value empty. */
    private static String editText(Object value) {
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value == null ? "" : String.valueOf(value);
    }

    private void tick(CheckBox box, boolean ticked) {
        if (box.isSelected() != ticked) {
            robot.clickOn(reveal(box));
        }
    }

    /** Opens the drop-down and clicks the choice (an editable one, offering suggestions, opens on its arrow). */
    private void choose(ComboBox<?> box, String choice) {
        if (!choice.equals(box.getValue())) {
            reveal(box);
            robot.clickOn(box.isEditable() ? box.lookup(".arrow-button") : box);
            robot.clickOn(popupCell(choice));
        }
    }

    /** Types over a field's text and commits it: Enter in a field, Ctrl+Enter in a text area (JSON). */
    private void type(TextInputControl input, String text) {
        if (!text.equals(input.getText())) {
            replaceText(input, text, input instanceof TextArea ? new KeyCode[] {KeyCode.CONTROL, KeyCode.ENTER}
                    : new KeyCode[] {KeyCode.ENTER});
        }
    }

    /** Clicks into the field, selects all, types the text over it (or deletes it) and commits it. */
    private void replaceText(TextInputControl field, String text, KeyCode... commit) {
        robot.clickOn(reveal(field));
        assertTrue(field.isFocused(), () -> "clicking " + field.getId() + " gives it the focus");
        Keystrokes keys = new Keystrokes(field.getScene()).press(KeyCode.CONTROL, KeyCode.A);
        (text.isEmpty() ? keys.press(KeyCode.BACK_SPACE) : keys.type(text)).press(commit).done();
    }

    private Node popupCell(String text) {
        return robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) -> text.equals(cell.getText()))
                .query();
    }

    /** Drags the inspector's scroll bar until the whole control is in view (as the mouse wheel would). */
    private Node reveal(Node control) {
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        layOut(inspector);
        Node viewport = inspector.lookup(".viewport");
        for (int attempt = 0; attempt < MOST_SCROLL_DRAGS && !inView(viewport, control); attempt++) {
            ScrollBar bar = (ScrollBar) inspector.lookupAll(".scroll-bar").stream()
                    .filter(node -> node.getParent() == inspector && ((ScrollBar) node).getOrientation()
                            == Orientation.VERTICAL).findFirst().orElseThrow();
            Region thumb = (Region) bar.lookup(".thumb");
            double overflow = inspector.getContent().getLayoutBounds().getHeight() - viewport.getLayoutBounds()
                    .getHeight();
            double travel = ((Region) bar.lookup(".track")).getHeight() - thumb.getHeight();
            double offset = screenBounds(control).getCenterY() - screenBounds(viewport).getCenterY();
            robot.drag(thumb, MouseButton.PRIMARY).moveBy(0, offset * travel / overflow).drop();
        }
        assertTrue(inView(viewport, control), control.getId() + " cannot be scrolled into view in the inspector");
        return control;
    }

    /**
     * Lays the inspector out now, as the next pulse would: a row just rebuilt must stand where it will be clicked
     * even when a busy machine delays the pulse.
     */
    private static void layOut(ScrollPane inspector) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            inspector.applyCss();
            inspector.layout();
        }));
    }

    private static boolean inView(Node viewport, Node control) {
        Bounds view = screenBounds(viewport);
        Bounds bounds = screenBounds(control);
        return bounds.getMinY() >= view.getMinY() && bounds.getMaxY() <= view.getMaxY();
    }

    private static Bounds screenBounds(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private void assertAccepted(String errorId) {
        Label error = robot.lookup(errorId).queryAs(Label.class);
        assertFalse(error.isVisible(), () -> "the inspector refused a value: " + error.getText());
    }
}
