package studio.serverless.app.desktop.run.browse;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** A file picker that answers with the files a test sets, instead of showing a native dialog. */
public final class RecordingBrowserFilePicker implements BrowserFilePicker {

    private Path toUpload;
    private Path downloadTo;

    /** The file the next upload picks. */
    public void answerUploadWith(Path file) {
        toUpload = file;
    }

    /** Where the next download goes. */
    public void answerDownloadWith(Path file) {
        downloadTo = file;
    }

    @Override
    public Optional<Path> fileToUpload(Window owner) {
        return Optional.ofNullable(toUpload);
    }

    @Override
    public Optional<Path> fileToDownloadTo(Window owner, String suggestedName) {
        return Optional.ofNullable(downloadTo);
    }
}
