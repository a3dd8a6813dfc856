package studio.serverless.app.desktop.run.browse;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file dialogs, for any kind of file. */
public final class PlatformBrowserFilePicker implements BrowserFilePicker {

    @Override
    public Optional<Path> fileToUpload(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Upload a file");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> fileToDownloadTo(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Download to");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
