package studio.serverless.app.desktop;

import javafx.application.Application;

/**
 * Starts JavaFX. The entry point reaches JavaFX only through this class, and only when the desktop is wanted, so
 * the command line works where JavaFX cannot start.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Shows the main window; returns when the app has been closed. */
    public static void launch() {
        Application.launch(StudioApplication.class);
    }
}
