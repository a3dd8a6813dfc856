package studio.serverless.app.desktop.document.workflow;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.serverless.app.desktop.document.DocumentTitle;
import studio.serverless.model.format.DiagramFiles;

/** {@link FileDialogs} with JavaFX file choosers filtered to diagram files, and an error alert. */
public final class FxFileDialogs implements FileDialogs {

    private final Window owner;
    private File lastFolder;

    /** Dialogs owned by the main window. */
    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return remember(chooser("Open Diagram", null).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        return remember(chooser("Save Diagram As", suggestedName).showSaveDialog(owner));
    }

    @Override
    public void showProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(DocumentTitle.APP_NAME);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    private FileChooser chooser(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Serverless Studio diagrams", "*" + DiagramFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
