package studio.serverless.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The top-level {@code studio} command: without a subcommand it opens the desktop app. */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Design, check, generate and run serverless architectures on your own machine.",
            "Without a command, opens the desktop app (and FILE in it, if given)."})
public final class StudioCommand implements Callable<Integer> {

    private final DesktopStarter desktop;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a diagram file (*.studio.json) to open")
    private Path diagramFile;

    // hidden: for the installers' CI check and start-up benchmark, not for people (docs/decisions/0042)
    @Option(names = "--smoke-test", hidden = true,
            description = "open the main window, print the start-up time once it is drawn, and exit")
    private boolean smokeTest;

    /** The command that opens the desktop through the given starter. */
    public StudioCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    /** Opens the desktop app (with the file, if given); returns 0 once it is closed, 2 for a missing file. */
    @Override
    public Integer call() {
        if (diagramFile != null && !Files.exists(diagramFile)) {
            return neitherFileNorCommand();
        }
        desktop.start(Optional.ofNullable(diagramFile), smokeTest);
        return 0;
    }

    private int neitherFileNorCommand() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("studio: '" + diagramFile + "' is neither a diagram file nor a command (commands: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
        err.println("Try 'studio --help' for more information.");
        return 2;
    }
}
