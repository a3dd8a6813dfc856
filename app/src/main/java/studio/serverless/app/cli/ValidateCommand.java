package studio.serverless.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import studio.serverless.app.diagnostics.DiagnosticText;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.app.diagnostics.ValidationSummary;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio validate FILE...}: checks diagram files against the validation rules and prints every diagnostic
 * with its fix, then a count per file. Every file is checked even when an earlier one cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks diagram files against AWS limits and good practice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no file has errors (warnings are fine)", "1:some file has errors",
            "2:a file is missing or cannot be read, or the command line is wrong"})
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code: no file has errors. */
    public static final int NO_ERRORS = 0;
    /** Exit code: at least one file has errors. */
    public static final int HAS_ERRORS = 1;
    /** Exit code: at least one file could not be read (this outranks {@link #HAS_ERRORS}). */
    public static final int BAD_INPUT = 2;

    private final DiagramLoader loader;
    private final Validator validator;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "diagram files (*.studio.json)")
    private List<Path> files;

    /** The command reading files with the loader and checking them with the validator. */
    public ValidateCommand(DiagramLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    /** Checks every file; returns the worst exit code of them all. */
    @Override
    public Integer call() {
        int exitCode = NO_ERRORS;
        for (Path file : files) {
            exitCode = Math.max(exitCode, validate(file));
        }
        return exitCode;
    }

    private int validate(Path file) {
        Diagram diagram;
        try {
            diagram = loader.load(file);
        } catch (DiagramFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return BAD_INPUT;
        }
        List<Diagnostic> diagnostics = validator.validate(diagram);
        print(file, diagnostics);
        return ValidationSummary.of(diagnostics).hasErrors() ? HAS_ERRORS : NO_ERRORS;
    }

    private void print(Path file, List<Diagnostic> diagnostics) {
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic diagnostic : diagnostics) {
            out.println(file + ": " + DiagnosticText.headline(diagnostic));
            String fix = DiagnosticText.fixLine(diagnostic);
            if (!fix.isEmpty()) {
                out.println("  " + fix);
            }
        }
        out.println(file + ": " + ValidationSummary.of(diagnostics).describe());
        out.flush();
    }
}
