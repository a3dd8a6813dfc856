package studio.serverless.app.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import studio.serverless.app.diagnostics.DiagnosticText;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.diagnostics.ValidationSummary;
import studio.serverless.app.run.LocalRun;
import studio.serverless.app.run.LocalRunException;
import studio.serverless.app.run.LocalRunListener;
import studio.serverless.app.run.LocalRunSettings;
import studio.serverless.app.run.RunConsole;
import studio.serverless.app.run.RunFolders;
import studio.serverless.app.run.RunStep;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.Validator;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.provision.ApiDefinitions;

/**
 * {@code studio run FILE [--port N] [--data DIR] [--project DIR] [--api-port N]}: starts the local cloud on
 * 127.0.0.1, creates the diagram's resources in it (queues, tables, buckets, topics, rules, state machines) under
 * their names, runs its functions from the project's handlers (generated where missing, edited ones kept; a handler
 * edited while it runs is reloaded) with their triggers, serves each API on its own port (routes to functions and
 * to state machines), prints endpoints and what was created (and what could not be), streams the functions' logs,
 * reads console commands (fire a schedule now, advance the clock: {@link RunConsole}), and serves until Ctrl+C. A diagram with validation errors is refused (its errors are
 * printed): AWS would refuse it too.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs a diagram's resources in the local cloud (127.0.0.1 only) until Ctrl+C.",
            "While it runs, type help and Enter for commands: fire RULE (a schedule now), advance TIME (the clock).",
            "Point any AWS SDK or the AWS CLI at the printed endpoint (AWS_ENDPOINT_URL); any credentials work."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl+C", "1:the diagram has errors",
            "2:the file is missing or unreadable, the port is taken, or the command line is wrong"})
public final class RunCommand implements Callable<Integer> {

    /** Exit code: the diagram has validation errors. */
    public static final int HAS_ERRORS = 1;
    /** Exit code: unreadable file or a port that cannot be used. */
    public static final int BAD_INPUT = 2;

    private final DiagramLoader loader;
    private final Validator validator;
    private final StopSignal stopSignal;
    private final Reader console;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the diagram file (*.studio.json)")
    private Path file;

    @Option(names = "--port", defaultValue = "" + LocalCloud.DEFAULT_PORT, paramLabel = "N",
            description = "the port of the local cloud's endpoint (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "keep the local cloud's state in DIR (H2), so it survives restarts; default: in memory")
    private Path data;

    @Option(names = "--project", paramLabel = "DIR",
            description = {"the project whose handlers run (the folder `studio generate --out` wrote); missing"
                + " handlers are generated, edited ones are kept", "default: .studio/run/NAME beside FILE"})
    private Path project;

    @Option(names = "--api-port", defaultValue = "3000", paramLabel = "N",
            description = "the port of the first API (the next API gets the next port; default: ${DEFAULT-VALUE};"
                + " 0 picks free ones)")
    private int apiPort;

    /**
     * The command loading, checking and running diagrams, waiting on {@code stopSignal} while serving and reading
     * console commands ({@link RunConsole}) from {@code console}.
     */
    public RunCommand(DiagramLoader loader, Validator validator, StopSignal stopSignal, Reader console) {
        this.loader = loader;
        this.validator = validator;
        this.stopSignal = stopSignal;
        this.console = console;
    }

    /** The command with no console input. */
    public RunCommand(DiagramLoader loader, Validator validator, StopSignal stopSignal) {
        this(loader, validator, stopSignal, Reader.nullReader());
    }

    /** The command as shipped: serves until the process is asked to end, reading commands from standard input. */
    public static RunCommand untilShutdown(DiagramLoader loader, Validator validator) {
        return new RunCommand(loader, validator, new ShutdownStopSignal(),
                new InputStreamReader(System.in, Charset.defaultCharset()));
    }

    /** Loads, checks, provisions and serves; returns the exit code. */
    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Diagram diagram;
        try {
            diagram = loader.load(file);
        } catch (DiagramFormatException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        List<Diagnostic> errors = errors(diagram);
        if (!errors.isEmpty()) {
            errors.forEach(diagnostic -> err.println(file + ": " + DiagnosticText.headline(diagnostic)));
            err.println(file + ": fix the errors above before running (" + ValidationSummary.of(errors).describe()
                    + ")");
            return HAS_ERRORS;
        }
        return serve(diagram);
    }

    private List<Diagnostic> errors(Diagram diagram) {
        return validator.validate(diagram).stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR).toList();
    }

    private Path projectFolder() {
        return project != null ? project : RunFolders.besideFile(file);
    }

    private static void printLine(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private int serve(Diagram diagram) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LocalRunSettings settings = new LocalRunSettings(diagram, projectFolder(), port, apiPort,
                Optional.ofNullable(data));
        LocalRun run;
        try {
            run = LocalRun.start(settings, new LocalRunListener() {
                @Override
                public void output(String line) {
                    printLine(out, line);
                }

                @Override
                public void functionLog(String function, String line) {
                    printLine(out, "[" + function + "] " + line);
                }
            });
        } catch (LocalRunException e) {
            return refused(e);
        }
        try (run) {
            RunBanner.print(out, file, run.cloud().endpoint(), run.resources(), run.problems());
            RunBanner.printFunctions(out, run.project(), run.apis(), ApiDefinitions.unservedRoutes(run.diagram()));
            new RunConsole(run.cloud(), run.clock(), out).readFrom(console);
            stopSignal.awaitStop(run.cloud().endpoint());
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("studio run: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            printLine(out, "Local cloud stopped.");
            stopSignal.stopped();
        }
        return 0;
    }

    /** The start failed: says why (a taken port with a hint); nothing is left running. */
    private int refused(LocalRunException e) {
        PrintWriter err = spec.commandLine().getErr();
        boolean cloudPort = e.step() == RunStep.STARTING_CLOUD;
        err.println("studio run: " + e.getMessage() + (cloudPort && e.getMessage().startsWith("cannot listen")
                ? " (is another local cloud running?); choose another port with --port" : ""));
        if (!cloudPort) {
            printLine(spec.commandLine().getOut(), "Local cloud stopped.");
            stopSignal.stopped();
        }
        return BAD_INPUT;
    }
}
