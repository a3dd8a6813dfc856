package studio.serverless.app.desktop.document.workflow;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the File menu asks through platform dialogs; the seam that lets tests answer directly. */
public interface FileDialogs {

    /** The diagram file to open, empty when cancelled. */
    Optional<Path> chooseFileToOpen();

    /** Where to save a document called {@code suggestedName}, empty when cancelled. */
    Optional<Path> chooseFileToSave(String suggestedName);

    /** Tells the user something went wrong (a file that cannot be read or written). */
    void showProblem(String message);
}
