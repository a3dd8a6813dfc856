package studio.serverless.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.GenerationException;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectUpdater;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.Targets;
import studio.serverless.codegen.UpdateReport;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.handler.Language;
import studio.serverless.codegen.project.ProjectComposer;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * {@code studio generate FILE --target sam,terraform [--lang python|nodejs|java] --out DIR [--zip]}: writes the
 * deployable project of a diagram for one or more targets (AWS SAM by default), with handler code for every
 * function. A diagram with validation errors is refused (its
 * errors are printed) unless {@code --force} is given. Writing into a folder keeps handlers the user has edited
 * (see {@link ProjectUpdater}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates a deployable project (AWS SAM and/or Terraform) with handler code from a diagram.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the project was written", "1:the diagram has errors (use --force to generate anyway)"
                + " or cannot be generated", "2:the file is missing or unreadable, or the command line is wrong"})
public final class GenerateCommand implements Callable<Integer> {

    /** Exit code: the diagram has errors or cannot be turned into a project. */
    public static final int HAS_ERRORS = 1;
    /** Exit code: bad input (unreadable file, unknown target, unwritable output). */
    public static final int BAD_INPUT = 2;

    private final DiagramLoader loader;
    private final Validator validator;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the diagram file (*.studio.json)")
    private Path file;

    @Option(names = "--target", defaultValue = "sam", paramLabel = "TARGETS",
            description = "what to generate, comma-separated: sam (default), terraform, or sam,terraform")
    private String target;

    @Option(names = "--lang", paramLabel = "LANGUAGE",
            description = "the language of every function's code: python, nodejs or java (default: each"
                    + " function's runtime)")
    private String lang;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder to write into (with --zip: the zip file to write)")
    private Path out;

    @Option(names = "--zip", description = "write one zip file instead of a folder")
    private boolean zip;

    @Option(names = "--force", description = "generate even when the diagram has validation errors")
    private boolean force;

    /** The command reading files with the loader and checking them with the validator. */
    public GenerateCommand(DiagramLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    /** Loads, checks, generates and writes; returns the exit code. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<Target>> chosen = Targets.byIds(target);
        if (chosen.isEmpty()) {
            err.println("studio generate: unknown target '" + target + "'; expected one or more of "
                    + Targets.all().stream().map(Target::id).toList() + ", comma-separated");
            return BAD_INPUT;
        }
        Optional<FunctionLanguages> languages = languages();
        if (languages.isEmpty()) {
            err.println("studio generate: unknown language '" + lang + "'; expected one of "
                    + java.util.Arrays.stream(Language.values()).map(Language::id).toList());
            return BAD_INPUT;
        }
        Diagram diagram;
        try {
            diagram = loader.load(file);
        } catch (DiagramFormatException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (!force && refusedForErrors(diagram)) {
            return HAS_ERRORS;
        }
        return generateAndWrite(diagram, chosen.get(), languages.get());
    }

    private Optional<FunctionLanguages> languages() {
        return lang == null ? Optional.of(FunctionLanguages.perRuntime())
                : Language.byId(lang).map(FunctionLanguages::all);
    }


    private boolean refusedForErrors(Diagram diagram) {
        List<Diagnostic> diagnostics = validator.validate(diagram);
        ValidationSummary summary = ValidationSummary.of(diagnostics);
        if (!summary.hasErrors()) {
            return false;
        }
        PrintWriter err = spec.commandLine().getErr();
        diagnostics.stream().filter(d -> d.severity() == studio.serverless.model.validation.Severity.ERROR)
                .forEach(d -> err.println(file + ": " + DiagnosticText.headline(d)));
        err.println(file + ": " + summary.describe() + "; nothing generated (fix the errors, or use --force)");
        return true;
    }

    private int generateAndWrite(Diagram diagram, List<Target> chosen, FunctionLanguages languages) {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            GeneratedProject project = new ProjectComposer(new ProjectGenerator()).compose(diagram, chosen, languages);
            if (zip) {
                ProjectWriter.writeToZip(project, out);
                project.paths().forEach(path -> stdout.println(out + ": " + path));
            } else {
                UpdateReport report = ProjectUpdater.write(project, out);
                report.written().forEach(path -> stdout.println(out.resolve(path)));
                report.kept().forEach(path -> stdout.println(out.resolve(path) + ": kept (you edited it); the new"
                        + " version is in " + out.resolve(path + ".new")));
            }
            stdout.println("studio generate: wrote " + project.size() + " files of target "
                    + String.join(",", chosen.stream().map(Target::id).toList()));
            stdout.flush();
            return 0;
        } catch (GenerationException e) {
            spec.commandLine().getErr().println(file + ": cannot generate: " + e.getMessage());
            return HAS_ERRORS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("studio generate: cannot write " + out + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }
}
