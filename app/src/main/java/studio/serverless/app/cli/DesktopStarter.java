package studio.serverless.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the desktop app; a seam so the command line can be tested without starting JavaFX. */
@FunctionalInterface
public interface DesktopStarter {

    /** Opens the main window, with a diagram file if one is given, and returns when the user has closed it. */
    void start(Optional<Path> diagramFile);
}
