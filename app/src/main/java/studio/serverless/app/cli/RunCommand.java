package studio.serverless.app.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.io.UncheckedIOException;
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
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.Validator;
import studio.serverless.app.run.HandlerProject;
import studio.serverless.app.run.HandlerReloader;
import studio.serverless.app.run.JavaHandlerBuilds;
import studio.serverless.app.run.LocalFunctionSources;
import studio.serverless.app.run.NodeDependencies;
import studio.serverless.app.run.RunConsole;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.LambdaFunctionCaller;
import studio.serverless.runner.provision.ApiDefinitions;
import studio.serverless.runner.provision.DiagramProvisioner;
import studio.serverless.runner.provision.ProvisionedResource;
import studio.serverless.runner.stepfunctions.api.StepFunctionsAdapter;

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
        if (project != null) {
            return project;
        }
        String name = file.getFileName().toString().replaceFirst("\\.studio\\.json$", "").replaceFirst("\\.json$", "");
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(".studio").resolve("run").resolve(name);
    }

    private static void printLogLine(PrintWriter out, String function, String line) {
        synchronized (out) {
            out.println("[" + function + "] " + line);
            out.flush();
        }
    }

    /** A function's code changed: a Java function's project is rebuilt first, then its environments retired. */
    private static void reload(LocalCloud cloud, HandlerProject handlers, PrintWriter out, String function,
            String changedFile) {
        JavaHandlerBuilds.withMavenOnPath().rebuild(handlers, function, out);
        cloud.lambda().reload(function);
        printLogLine(out, function, changedFile + " changed: the next invocation loads the new code");
    }

    private int serve(Diagram diagram) throws InterruptedException {
        LocalCloud cloud;
        AdvanceableClock clock = new AdvanceableClock();
        try {
            cloud = LocalCloud.start(port, clock, Optional.ofNullable(data));
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("studio run: " + e.getMessage()
                    + (e.getMessage().startsWith("cannot listen") ? " (is another local cloud running?); choose"
                    + " another port with --port" : ""));
            return BAD_INPUT;
        }
        try (cloud) {
            HandlerProject handlers = HandlerProject.prepare(diagram, projectFolder());
            new NodeDependencies(spec.commandLine().getOut()).installMissing(handlers);
            JavaHandlerBuilds.withMavenOnPath().buildAll(handlers, spec.commandLine().getOut());
            DiagramProvisioner provisioner = DiagramProvisioner.forCloud(cloud,
                    new LocalFunctionSources(handlers, cloud.endpoint()));
            List<ProvisionedResource> resources = provisioner.provision(handlers.diagram());
            PrintWriter out = spec.commandLine().getOut();
            cloud.lambda().useLogListener((function, line) -> printLogLine(out, function, line));
            try (ApiGateways apis = ApiGateways.start(ApiDefinitions.of(handlers.diagram()),
                    new LambdaFunctionCaller(cloud.lambda()), new StepFunctionsAdapter(cloud.stepFunctions()), apiPort,
                    CallerIdentity.ACCOUNT_ID);
                    HandlerReloader reloader = new HandlerReloader(handlers.codeFolders(),
                            (function, changed) -> reload(cloud, handlers, out, function, changed))) {
                RunBanner.print(out, file, cloud.endpoint(), resources, provisioner.problems());
                RunBanner.printFunctions(out, handlers, apis, ApiDefinitions.unservedRoutes(handlers.diagram()));
                new RunConsole(cloud, clock, out).readFrom(console);
                stopSignal.awaitStop(cloud.endpoint());
            }
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("studio run: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            spec.commandLine().getOut().println("Local cloud stopped.");
            spec.commandLine().getOut().flush();
            stopSignal.stopped();
        }
        return 0;
    }
}
