package studio.serverless.codegen.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.Targets;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.testing.ExampleDiagrams;

/** A project of one or both infrastructure targets, with handlers and one README that explains its targets. */
class ProjectComposerTest {

    private static GeneratedProject compose(String targets) throws Exception {
        List<Target> chosen = Targets.byIds(targets).orElseThrow();
        return new ProjectComposer(new ProjectGenerator()).compose(
                ExampleDiagrams.load("order-status-changes.studio.json"), chosen, FunctionLanguages.perRuntime());
    }

    @Test
    void bothTargetsGiveBothConfigurationsTheHandlersAndAReadmeWithBothDeployCommands() throws Exception {
        GeneratedProject project = compose("sam,terraform");
        String readme = project.text("README.md").orElseThrow();

        assertTrue(project.text("template.yaml").isPresent());
        assertTrue(project.text("terraform/functions.tf").isPresent());
        assertTrue(project.text("functions/notify-customer/app.py").isPresent());
        assertTrue(readme.contains("sam deploy --guided"), readme);
        assertTrue(readme.contains("terraform init && terraform apply"), readme);
        assertTrue(project.text(".gitignore").orElseThrow().contains(".terraform/"));
    }

    @Test
    void theGitignoreLeavesOutWhatStudioRunInstallsAndBuildsForTheHandlers() throws Exception {
        String gitignore = compose("sam").text(".gitignore").orElseThrow();

        assertTrue(gitignore.lines().toList().containsAll(java.util.List.of("node_modules/", "__pycache__/",
                "target/")), gitignore);
    }

    @Test
    void terraformAloneHasNoSamTemplateAndItsReadmeDoesNotMentionSam() throws Exception {
        GeneratedProject project = compose("terraform");
        String readme = project.text("README.md").orElseThrow();

        assertFalse(project.text("template.yaml").isPresent());
        assertTrue(readme.contains("terraform init && terraform apply"), readme);
        assertFalse(readme.contains("sam deploy"), readme);
    }

    @Test
    void samAloneReadmeDoesNotMentionTerraform() throws Exception {
        String readme = compose("sam").text("README.md").orElseThrow();

        assertTrue(readme.contains("sam build"), readme);
        assertFalse(readme.contains("terraform"), readme);
    }

    @Test
    void targetListsAreReadWithSpacesAndRepeatsAndRefuseUnknownIds() {
        assertEquals(List.of("sam", "terraform"), Targets.byIds("sam, terraform,sam").orElseThrow().stream()
                .map(Target::id).toList());
        assertTrue(Targets.byIds("sam,cdk").isEmpty());
        assertTrue(Targets.byIds("").isEmpty());
    }
}
