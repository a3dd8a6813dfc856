package studio.serverless.app.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectUpdater;
import studio.serverless.codegen.Targets;
import studio.serverless.codegen.UpdateReport;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.project.ProjectComposer;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/**
 * The project folder {@code studio run} runs handlers from: the one {@code studio generate} wrote, or a work
 * folder. Preparing it (re)generates the project as {@code studio generate --target sam} does, which never
 * overwrites a file the user edited, so an edited handler runs as edited.
 */
public final class HandlerProject {

    private final Path folder;
    private final Diagram diagram;
    private final List<String> kept;

    private HandlerProject(Path folder, Diagram diagram, List<String> kept) {
        this.folder = folder;
        this.diagram = diagram;
        this.kept = List.copyOf(kept);
    }

    /**
     * Writes the project for {@code diagram} into {@code folder}, keeping edited files.
     *
     * @return the project, whose diagram has the runtimes and handlers of the generated code
     * @throws IOException when the folder cannot be written
     */
    public static HandlerProject prepare(Diagram diagram, Path folder) throws IOException {
        FunctionLanguages languages = FunctionLanguages.perRuntime();
        var project = new ProjectComposer(new ProjectGenerator()).compose(diagram,
                Targets.byIds("sam").orElseThrow(), languages);
        UpdateReport report = ProjectUpdater.write(project, folder);
        return new HandlerProject(folder, languages.align(diagram), report.kept());
    }

    /** The project folder. */
    public Path folder() {
        return folder;
    }

    /** The diagram as run: functions carry the runtime and handler of their generated code. */
    public Diagram diagram() {
        return diagram;
    }

    /** Files the user edited, kept as they are (the new version is beside each, as {@code .new}). */
    public List<String> keptFiles() {
        return kept;
    }

    /** Each function's code folder, by function name. */
    public Map<String, Path> codeFolders() {
        Map<String, Path> folders = new TreeMap<>();
        diagram.services().stream().filter(service -> service.kind() == ServiceKind.LAMBDA_FUNCTION)
                .forEach(function -> folders.put(function.name(), codeFolder(function)));
        return folders;
    }

    /** The folder holding {@code function}'s handler. */
    public Path codeFolder(Service function) {
        return folder.resolve("functions").resolve(ResourceNames.of(diagram).folder(function.id()));
    }
}
