package studio.serverless.app;

import studio.serverless.app.cli.StudioCli;
import studio.serverless.app.desktop.DesktopLauncher;

/**
 * The entry point of the {@code studio} command. It is deliberately not a JavaFX {@code Application}: JavaFX is
 * loaded only when the desktop app is opened (no command), so {@code studio validate} runs headless.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        // a lambda, not a method reference: DesktopLauncher (and with it JavaFX) is resolved only if it runs
        int exitCode = StudioCli.standard((file, smokeTest) -> DesktopLauncher.launch(file, smokeTest)).execute(args);
        System.exit(exitCode);
    }
}
