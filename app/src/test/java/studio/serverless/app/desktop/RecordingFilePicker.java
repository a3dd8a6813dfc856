package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;
import studio.serverless.app.desktop.designer.FilePicker;

/** A file picker that answers with the files a test sets, instead of showing a native dialog. */
final class RecordingFilePicker implements FilePicker {

    private Path toOpen;
    private Path toSave;
    private String suggestedName;

    void answerOpenWith(Path file) {
        toOpen = file;
    }

    void answerSaveWith(Path file) {
        toSave = file;
    }

    String lastSuggestedName() {
        return suggestedName;
    }

    @Override
    public Optional<Path> fileToOpen(Window owner) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> fileToSave(Window owner, String suggested) {
        suggestedName = suggested;
        return Optional.ofNullable(toSave);
    }
}
