package studio.serverless.app.desktop.designer;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * Asks the person for a diagram file to open or to save to. The window uses {@link FileChooserPicker}; robot
 * tests hand in a picker that answers with a temporary file, since native dialogs cannot be driven headless.
 */
public interface FilePicker {

    /** The diagram file to open, or empty when the person cancelled. */
    Optional<Path> fileToOpen(Window owner);

    /** The file to save to, starting from the suggested name, or empty when the person cancelled. */
    Optional<Path> fileToSave(Window owner, String suggestedName);
}
