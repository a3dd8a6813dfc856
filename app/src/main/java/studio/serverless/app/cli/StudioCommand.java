package studio.serverless.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** The top-level {@code studio} command: without a subcommand it opens the desktop app. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Design, check, generate and run serverless architectures on your own machine.",
            "Without a command, opens the desktop app."})
public final class StudioCommand implements Callable<Integer> {

    private final DesktopStarter desktop;

    /** The command that opens the desktop through the given starter. */
    public StudioCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    /** Opens the desktop app; returns 0 once it is closed. */
    @Override
    public Integer call() {
        desktop.start();
        return 0;
    }
}
