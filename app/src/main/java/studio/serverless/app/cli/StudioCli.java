package studio.serverless.app.cli;

import picocli.CommandLine;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.diagnostics.StudioValidator;
import studio.serverless.model.validation.Validator;

/** Builds the {@code studio} command line with its subcommands; the one place where commands are wired. */
public final class StudioCli {

    /** The exit code of a failure inside the studio itself (a bug), kept apart from "the diagram has errors". */
    public static final int INTERNAL_ERROR = 3;

    private StudioCli() {
    }

    /** The command line as shipped: the real file format and the standard validation rules. */
    public static CommandLine standard(DesktopStarter desktop) {
        return create(desktop, DiagramLoader.standard(), StudioValidator.create());
    }

    /** The command line with the given desktop, loader and validator (tests pass fakes). */
    public static CommandLine create(DesktopStarter desktop, DiagramLoader loader, Validator validator) {
        return create(desktop, loader, validator, RunCommand.untilShutdown(loader, validator));
    }

    /** The command line with the given desktop, loader, validator and {@code studio run} (tests pass fakes). */
    public static CommandLine create(DesktopStarter desktop, DiagramLoader loader, Validator validator,
                                     RunCommand run) {
        CommandLine cli = new CommandLine(new StudioCommand(desktop));
        cli.addSubcommand(new ValidateCommand(loader, validator));
        cli.addSubcommand(new GenerateCommand(loader, validator));
        cli.addSubcommand(run);
        cli.setParameterExceptionHandler(new ShortUsageErrorHandler());
        cli.setExecutionExceptionHandler((failure, command, parseResult) -> {
            command.getErr().println("studio: internal error, please report it: " + failure);
            failure.printStackTrace(command.getErr());
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
