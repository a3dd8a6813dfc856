package studio.serverless.codegen.statemachine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.sam.SamTarget;
import studio.serverless.codegen.terraform.TerraformTarget;
import studio.serverless.codegen.testing.DiagramCases;
import studio.serverless.codegen.testing.ExternalTool;
import studio.serverless.codegen.testing.HostileDiagram;
import studio.serverless.codegen.testing.NpmTools;
import studio.serverless.codegen.testing.ReferenceSchemas;
import studio.serverless.model.diagram.Diagram;

/**
 * Every ASL definition either infrastructure target writes, over every example, the random diagrams and the
 * hostile ones, validates with npm {@code asl-validator} (one node process for all, each distinct text once) as
 * well as against the States Language schema; and Terraform's {@code templatefile} of its definition gives exactly
 * SAM's definition.
 */
class StateMachineDefinitionsValidateTest {

    private static final ProjectGenerator GENERATOR = new ProjectGenerator();

    @TempDir
    Path folder;

    @Test
    void everyDefinitionOfBothTargetsIsValidAndTheyAreTheSame() throws Exception {
        java.util.Set<String> definitions = new java.util.LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Named<Supplier<Diagram>> diagram : cases()) {
            Diagram aligned = FunctionLanguages.perRuntime().align(diagram.getPayload().get());
            GeneratedProject sam = GENERATOR.generate(aligned, new SamTarget());
            GeneratedProject terraform = GENERATOR.generate(aligned, new TerraformTarget());
            for (String path : sam.paths()) {
                if (path.endsWith(".asl.json")) {
                    String samText = sam.text(path).orElseThrow();
                    String rendered = templatefile(terraform.text("terraform/" + path).orElseThrow());
                    if (!samText.equals(rendered)) {
                        problems.add(diagram.getName() + " " + path + ": Terraform's definition differs from SAM's");
                    }
                    ReferenceSchemas.validateStateMachine(new ObjectMapper().readTree(samText)).forEach(message ->
                            problems.add(diagram.getName() + " " + path + ": " + message.getMessage()));
                    definitions.add(samText);
                    definitions.add(rendered);
                }
            }
        }
        assertFalse(definitions.isEmpty(), "no state machine was generated");
        List<String> files = new ArrayList<>();
        for (String definition : definitions) {
            files.add(write(definition, files.size()));
        }

        ExternalTool.Result result = NpmTools.runChecker("check-asl.cjs", files);

        assertEquals(List.of(), problems);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("checked " + files.size() + " definitions, 0 invalid"), result.output());
    }

    @Test
    void theCheckerRejectsADefinitionWithAMissingState() throws Exception {
        String broken = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Missing\"}}}";

        ExternalTool.Result result = NpmTools.runChecker("check-asl.cjs", List.of(write(broken, 0)));

        assertNotEquals(0, result.exitCode(), result.output());
    }

    /**
     * What Terraform's {@code templatefile} renders when each variable is given its own {@code ${Name}} back: the
     * text with its {@code $${} and {@code %%{} escapes read.
     */
    private static String templatefile(String text) {
        return text.replace("$${", "${").replace("%%{", "%{");
    }

    private String write(String text, int number) throws Exception {
        return Files.writeString(folder.resolve("definition-" + number + ".asl.json"), text).toString();
    }

    private static List<Named<Supplier<Diagram>>> cases() throws Exception {
        List<Named<Supplier<Diagram>>> cases = new ArrayList<>(DiagramCases.all());
        HostileDiagram.TEXTS.forEach(text -> cases.add(Named.of("hostile " + text, () -> HostileDiagram.of(text))));
        return cases;
    }
}
