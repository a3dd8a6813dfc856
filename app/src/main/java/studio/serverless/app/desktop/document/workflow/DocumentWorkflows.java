package studio.serverless.app.desktop.document.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Platform;
import javafx.stage.Window;
import studio.serverless.app.desktop.document.DiscardChangesDialog;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.SettingsFolder;
import studio.serverless.app.desktop.document.recovery.AutosaveTimer;
import studio.serverless.app.desktop.document.recovery.Autosaver;
import studio.serverless.app.desktop.document.recovery.RecoveryStore;

/** Builds the {@link DocumentWorkflow} of the real app. */
public final class DocumentWorkflows {

    private DocumentWorkflows() {
    }

    /**
     * The workflow of the main window with the platform's dialogs, this user's recent files and recovery folder
     * (see {@link SettingsFolder}) and autosave every 30 seconds. When the recovery folder cannot be used the
     * app works without autosave and says so.
     */
    public static DocumentWorkflow forWindow(Window owner) {
        FxFileDialogs dialogs = new FxFileDialogs(owner);
        Path settings = SettingsFolder.forCurrentUser();
        Optional<RecoveryStore> store;
        try {
            store = Optional.of(RecoveryStore.open(settings));
        } catch (IOException e) {
            store = Optional.empty();
            Platform.runLater(() -> dialogs.showProblem("Autosave is off: the folder " + settings
                    + " cannot be used (" + e.getMessage() + ")."));
        }
        // Autosave runs in an animation tick, where a modal dialog may not be shown: report just after it.
        AutosaveSlot autosave = new AutosaveSlot(store, AutosaveTimer.onFxThread(), Autosaver.DEFAULT_INTERVAL,
                message -> Platform.runLater(() -> dialogs.showProblem(message)));
        return new DocumentWorkflow(dialogs, new DiscardChangesDialog(owner), new RecentFiles(settings), autosave);
    }
}
