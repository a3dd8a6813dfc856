package studio.serverless.app.desktop.run.logs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the person where to export the timeline. The window uses {@link FileChooserExportPicker}; robot tests hand
 * in a picker answering with a temporary file, since native dialogs cannot be driven headless.
 */
@FunctionalInterface
public interface ExportFilePicker {

    /** The file to write {@code format} to, starting from {@code suggestedName}, or empty when cancelled. */
    Optional<Path> fileToExport(Window owner, String suggestedName, TimelineFormat format);
}
