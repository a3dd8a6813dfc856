package studio.serverless.codegen.project;

import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.serverless.codegen.PlannedFile;
import studio.serverless.codegen.Target;
import studio.serverless.model.diagram.Diagram;

/**
 * The files a project has once, whichever infrastructure targets it holds: the README (how to deploy with each
 * generated target: {@code sam build && sam deploy --guided}, {@code terraform init && terraform apply}) and the
 * .gitignore. Templates live in {@code templates/project/}.
 */
public final class ProjectFilesTarget implements Target {

    private final Set<String> targetIds;

    /** The project files of a project generated for the targets with these ids (e.g. {@code sam}). */
    public ProjectFilesTarget(Set<String> targetIds) {
        this.targetIds = Set.copyOf(targetIds);
    }

    @Override
    public String id() {
        return "project";
    }

    @Override
    public String templateFolder() {
        return "project";
    }

    @Override
    public List<PlannedFile> plan(Diagram diagram) {
        Map<String, Object> context = Map.of("sam", targetIds.contains("sam"),
                "terraform", targetIds.contains("terraform"));
        return List.of(new PlannedFile("README.md", "README.md.vm", context),
                new PlannedFile(".gitignore", "gitignore.vm", context));
    }
}
