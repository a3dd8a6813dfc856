package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.designer.FileChooserPicker;
import studio.serverless.app.desktop.document.SettingsFolder;
import studio.serverless.app.desktop.document.recovery.AutosaveSlot;
import studio.serverless.app.desktop.document.recovery.AutosaveTimer;
import studio.serverless.app.desktop.document.recovery.RecoveryDialog;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.diagnostics.StudioValidator;
import studio.serverless.canvas.icon.ServiceIcons;

/**
 * The JavaFX application: shows the designer window, offers to recover the work a crashed session left behind,
 * and otherwise opens the diagram file given on the command line. Open documents are autosaved into the
 * settings folder (docs/decisions/0016).
 */
public final class StudioApplication extends Application {

    /** The named parameter that makes the app close itself once its window is drawn ({@link FirstFrameReport}). */
    static final String SMOKE_TEST_PARAMETER = "--smoke-test=true";

    private final Path settingsFolder;
    private final AutosaveTimer autosaveTimer;

    /** The app of this user: settings in {@link SettingsFolder#forCurrentUser()}, autosave every 30 s. */
    public StudioApplication() {
        this(SettingsFolder.forCurrentUser(), AutosaveTimer.onFxThread());
    }

    /** An app keeping its settings and recovery files in {@code settingsFolder}, autosaving on {@code timer}. */
    StudioApplication(Path settingsFolder, AutosaveTimer autosaveTimer) {
        this.settingsFolder = settingsFolder;
        this.autosaveTimer = autosaveTimer;
    }

    /** Shows the main window on the primary stage, then the recovery offer or the file given, if any. */
    @Override
    public void start(Stage stage) {
        MainWindow[] window = new MainWindow[1];
        // Autosave reports from an animation tick, where a modal dialog may not be shown: report just after it.
        AutosaveSlot autosave = AutosaveSlot.openIn(settingsFolder, autosaveTimer,
                message -> Platform.runLater(() -> window[0].reportProblem(message)));
        DesignerViewModel designer = new DesignerViewModel(DiagramLoader.standard(), StudioValidator.create(),
                autosave);
        window[0] = new MainWindow(designer, new FileChooserPicker(), ServiceIcons.standard(), settingsFolder);
        window[0].show(stage);
        if (isSmokeTest()) {
            // no recovery offer: a smoke test must neither wait for an answer nor touch a crashed session's work
            diagramFileArgument().ifPresent(window[0]::open);
            new FirstFrameReport(System.out, Platform::exit).closeAfterFirstFrame(stage.getScene());
        } else if (!designer.recoverCrashedWork(new RecoveryDialog(stage), window[0]::reportProblem)) {
            diagramFileArgument().ifPresent(window[0]::open);
        }
    }

    private boolean isSmokeTest() {
        return getParameters() != null && "true".equals(getParameters().getNamed().get("smoke-test"));
    }

    /** The diagram file named on the command line; none when started by a test rather than by launch(). */
    private Optional<Path> diagramFileArgument() {
        return Optional.ofNullable(getParameters())
                .flatMap(parameters -> parameters.getUnnamed().stream().findFirst())
                .map(Path::of);
    }
}
