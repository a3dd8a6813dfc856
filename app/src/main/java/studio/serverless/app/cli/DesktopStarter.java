package studio.serverless.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the desktop app; a seam so the command line can be tested without starting JavaFX. */
@FunctionalInterface
public interface DesktopStarter {

    /**
     * Opens the main window, with a diagram file if one is given, and returns when the user has closed it. With
     * {@code smokeTest} the window closes itself once its first frame is drawn, after printing how long the start
     * took (the hidden {@code studio --smoke-test} of the installers' CI check and start-up benchmark).
     */
    void start(Optional<Path> diagramFile, boolean smokeTest);
}
