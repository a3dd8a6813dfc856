package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.StackPane;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.run.DesktopRun;
import studio.serverless.app.desktop.run.panels.ActivityOnCanvas;
import studio.serverless.app.desktop.run.panels.RunPanels;
import studio.serverless.app.desktop.run.RunControls;
import studio.serverless.app.desktop.run.RunSessionViewModel;
import studio.serverless.app.desktop.run.RunActivitySink;
import studio.serverless.app.desktop.run.RunningBanner;
import studio.serverless.app.run.LocalRun;
import studio.serverless.canvas.DiagramEditor;

/**
 * Puts run mode into the designer window: the Run menu before Help, Run and Stop at the end of the toolbar, the
 * banner over the canvas, the edit lock on each document's canvas and inspector, the run's activity on the canvas
 * and its panels under it. A run stops when another
 * document is shown and when the window closes.
 */
final class RunWiring {

    private final RunSessionViewModel session;
    private final DocumentPanes panes;
    private final DesktopRun run;
    private final RunPanels panels = new RunPanels();

    RunWiring(RunSessionViewModel session, DesignerViewModel model, DocumentPanes panes, Path settingsFolder,
            Consumer<String> reportProblem, BooleanProperty problemsShown) {
        this.session = session;
        this.panes = panes;
        this.run = new DesktopRun(session, () -> panes.workspace().editor(),
                () -> model.diagnosticsProperty().get(), () -> model.document().file(), settingsFolder,
                reportProblem, () -> problemsShown.set(true));
        session.addAttachment(new ActivityOnCanvas());
        session.addAttachment(this::keepWholeDiagramInView);
        session.addAttachment(panels);
    }

    /**
     * The run's panels make the canvas shorter: a diagram wholly in view before is fitted again once the canvas has
     * its new height, so no service (and its live badges) ends up out of view or under the minimap.
     */
    private AutoCloseable keepWholeDiagramInView(LocalRun started, RunActivitySink activity) {
        DiagramEditor editor = panes.workspace().editor();
        if (!editor.showsWholeDiagram()) {
            return () -> { };
        }
        ChangeListener<Number> refit = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> height, Number before, Number after) {
                editor.heightProperty().removeListener(this);
                editor.zoomToFit();
            }
        };
        editor.heightProperty().addListener(refit);
        return () -> editor.heightProperty().removeListener(refit);
    }

    /** The run's panels (test, logs, data, clock, cost), shown under the canvas while a diagram runs. */
    Node panels() {
        return panels.node();
    }

    /** Whether edits are locked now (a diagram starting or running). */
    BooleanBinding locked() {
        return session.lockedProperty();
    }

    /** Adds the Run menu before the last menu (Help). */
    void addMenu(MenuBar bar) {
        bar.getMenus().add(bar.getMenus().size() - 1, RunControls.menu(session, run::run));
    }

    /** Adds Run and Stop at the end of the toolbar. */
    void addButtons(ToolBar toolbar) {
        toolbar.getItems().add(new Separator(Orientation.VERTICAL));
        toolbar.getItems().addAll(RunControls.toolbarButtons(session, run::run));
    }

    /** The canvas with the run banner over its top. */
    Node canvasWithBanner(Node canvas) {
        StackPane stack = new StackPane(canvas, RunningBanner.create(session));
        stack.setId("canvasArea");
        return stack;
    }

    /** Locks the shown document's canvas and inspector while running. */
    void lockShownDocument() {
        run.lock(panes.workspace().editor());
        panes.workspace().inspector().readOnlyProperty().bind(session.lockedProperty());
    }

    /** Another document is about to be shown: the run of the current one stops. */
    void documentChanging() {
        session.stop();
    }

    /** The window closes: the run stops before it does. */
    void windowClosing() {
        session.stopNow();
    }
}
