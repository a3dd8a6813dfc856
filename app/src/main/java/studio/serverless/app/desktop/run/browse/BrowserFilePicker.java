package studio.serverless.app.desktop.run.browse;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * Asks the person for a file to upload or a place to download to. The app uses the platform's file dialogs
 * ({@link PlatformBrowserFilePicker}); robot tests hand in one that answers with temporary files, since native
 * dialogs cannot be driven headless.
 */
public interface BrowserFilePicker {

    /** The file to upload, or empty when the person cancelled. */
    Optional<Path> fileToUpload(Window owner);

    /** Where to save a download, starting from {@code suggestedName}, or empty when the person cancelled. */
    Optional<Path> fileToDownloadTo(Window owner, String suggestedName);
}
