package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;

/**
 * Starts JavaFX. The entry point reaches JavaFX only through this class, and only when the desktop is wanted, so
 * the command line works where JavaFX cannot start.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Shows the main window, with the diagram file open if one is given; returns when the app has been closed. */
    public static void launch(Optional<Path> diagramFile) {
        Application.launch(StudioApplication.class, diagramFile.map(Path::toString).stream()
                .toArray(String[]::new));
    }
}
