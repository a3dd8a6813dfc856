package studio.serverless.codegen.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.handler.HandlerTarget;
import studio.serverless.model.diagram.Diagram;

/**
 * A whole project: the files of each chosen infrastructure target (SAM, Terraform), generated from the diagram
 * with runtimes and handlers aligned to the generated code, plus the handler code of every function and the
 * project files (README, .gitignore) for that choice of targets.
 */
public final class ProjectComposer {

    private final ProjectGenerator generator;

    /** A composer rendering with this generator (built-in templates, or a user's overrides first). */
    public ProjectComposer(ProjectGenerator generator) {
        this.generator = generator;
    }

    /** The project's files; nothing is written. */
    public GeneratedProject compose(Diagram diagram, List<Target> targets, FunctionLanguages languages) {
        Diagram aligned = languages.align(diagram);
        Set<String> ids = new LinkedHashSet<>();
        GeneratedProject project = generator.generate(diagram, new HandlerTarget(languages));
        for (Target target : targets) {
            if (ids.add(target.id())) {
                project = project.plus(generator.generate(aligned, target));
            }
        }
        return project.plus(generator.generate(diagram, new ProjectFilesTarget(ids)));
    }
}
