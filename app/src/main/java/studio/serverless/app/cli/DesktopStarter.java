package studio.serverless.app.cli;

/** Opens the desktop app; a seam so the command line can be tested without starting JavaFX. */
@FunctionalInterface
public interface DesktopStarter {

    /** Opens the main window and returns when the user has closed the app. */
    void start();
}
