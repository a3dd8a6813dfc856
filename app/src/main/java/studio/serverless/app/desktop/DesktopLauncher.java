package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.application.Application;

/**
 * Starts JavaFX. The entry point reaches JavaFX only through this class, and only when the desktop is wanted, so
 * the command line works where JavaFX cannot start.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Shows the main window, with the diagram file open if one is given; returns when the app has been closed. With
     * {@code smokeTest} the app closes itself once the window's first frame is drawn ({@link FirstFrameReport}).
     */
    public static void launch(Optional<Path> diagramFile, boolean smokeTest) {
        Stream<String> smokeTestParameter = smokeTest ? Stream.of(StudioApplication.SMOKE_TEST_PARAMETER)
                : Stream.empty();
        Application.launch(StudioApplication.class, Stream.concat(smokeTestParameter,
                diagramFile.map(Path::toString).stream()).toArray(String[]::new));
    }
}
