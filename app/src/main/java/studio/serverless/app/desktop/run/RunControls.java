package studio.serverless.app.desktop.run;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The Run menu ({@code #runMenu}: Run F5, Stop Shift+F5) and the toolbar's Run and Stop buttons
 * ({@code #toolbarRun}, {@code #toolbarStop}): Run is enabled when nothing runs, Stop while starting (it cancels)
 * or running.
 */
public final class RunControls {

    private RunControls() {
    }

    /** The Run menu running {@code run} and the session's stop. */
    public static Menu menu(RunSessionViewModel session, Runnable run) {
        MenuItem start = new MenuItem("_Run");
        start.setId("runMenuItem");
        start.setAccelerator(KeyCombination.keyCombination("F5"));
        start.setOnAction(event -> run.run());
        start.disableProperty().bind(runDisabled(session));
        MenuItem stop = new MenuItem("_Stop");
        stop.setId("stopMenuItem");
        stop.setAccelerator(KeyCombination.keyCombination("Shift+F5"));
        stop.setOnAction(event -> session.stop());
        stop.disableProperty().bind(stopDisabled(session));
        Menu menu = new Menu("_Run", null, start, stop);
        menu.setId("runMenu");
        return menu;
    }

    /** The toolbar's Run and Stop buttons. */
    public static List<Node> toolbarButtons(RunSessionViewModel session, Runnable run) {
        Button start = button("▶ Run", "toolbarRun", "Run the diagram in the local cloud (F5)", run);
        start.disableProperty().bind(runDisabled(session));
        Button stop = button("■ Stop", "toolbarStop", "Stop the run (Shift+F5)", session::stop);
        stop.disableProperty().bind(stopDisabled(session));
        return List.of(start, stop);
    }

    private static BooleanBinding runDisabled(RunSessionViewModel session) {
        return session.stateProperty().isNotEqualTo(RunState.IDLE);
    }

    private static BooleanBinding stopDisabled(RunSessionViewModel session) {
        return session.stateProperty().isNotEqualTo(RunState.STARTING)
                .and(session.stateProperty().isNotEqualTo(RunState.RUNNING));
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
