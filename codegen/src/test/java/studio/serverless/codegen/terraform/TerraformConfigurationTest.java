package studio.serverless.codegen.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.testing.ExampleDiagrams;
import studio.serverless.codegen.testing.ExternalTool;
import studio.serverless.codegen.testing.NpmTools;
import studio.serverless.codegen.testing.RandomDiagrams;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;

/**
 * The Terraform configuration of every example and of {@value #RANDOM_DIAGRAMS} random legal diagrams, checked by
 * HashiCorp's own HCL parser (npm {@code @cdktf/hcl2json}, one node process for all of them): every file parses,
 * and every reference ({@code aws_x.y.attr}, {@code data.x.y}, {@code var.x}, {@code local.x}) names a block the
 * configuration declares. Also: no policy grants a wildcard action or resource, and generating is deterministic.
 */
class TerraformConfigurationTest {

    static final int RANDOM_DIAGRAMS = Integer.getInteger("tf.random", 300);
    private static final Pattern ACTION = Pattern.compile("\"Action\" += (\\[[^\\]]*]|\"[^\"]*\")");
    private static final Pattern RESOURCE = Pattern.compile("\"Resource\" += \\[?\"\\*\"");

    @TempDir
    Path folder;

    @Test
    void everyFileParsesAndEveryReferenceNamesADeclaredBlock() throws Exception {
        List<String> modules = new ArrayList<>();
        for (Named<Supplier<Diagram>> diagram : diagrams()) {
            Path project = folder.resolve("p" + modules.size());
            ProjectWriter.writeToFolder(generate(diagram.getPayload().get()), project);
            modules.add(project.resolve("terraform").toString());
        }

        ExternalTool.Result result = NpmTools.runCheckerInParallel("check-terraform.cjs", modules,
                Runtime.getRuntime().availableProcessors());

        assertEquals(0, result.exitCode(), result.output());
        assertEquals(modules.size(), checkedModules(result.output()), result.output());
    }

    @Test
    void theCheckerRejectsADanglingReferenceAndABrokenFile() throws Exception {
        Path dangling = Files.createDirectories(folder.resolve("dangling"));
        Files.writeString(dangling.resolve("main.tf"), "resource \"aws_sqs_queue\" \"a\" {\n"
                + "  name = \"x-${aws_sqs_queue.missing.name}\"\n}\n");
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve("main.tf"), "resource \"aws_sqs_queue\" \"a\" {\n  name = \"x\n}\n");

        ExternalTool.Result result = NpmTools.runChecker("check-terraform.cjs", List.of(dangling.toString(),
                broken.toString()));

        assertNotEquals(0, result.exitCode());
        assertTrue(result.output().contains("aws_sqs_queue.missing.name names nothing declared"), result.output());
        assertTrue(result.output().contains("does not parse"), result.output());
    }

    @Test
    void noPolicyStatementGrantsAWildcardActionOrResource() throws Exception {
        List<String> found = new ArrayList<>();
        for (Named<Supplier<Diagram>> diagram : diagrams()) {
            GeneratedProject project = generate(diagram.getPayload().get());
            for (String path : project.paths()) {
                String text = project.text(path).orElseThrow();
                Matcher actions = ACTION.matcher(text);
                while (actions.find()) {
                    if (actions.group(1).contains("*")) {
                        found.add(diagram.getName() + " " + path + ": " + actions.group());
                    }
                }
                if (RESOURCE.matcher(text).find()) {
                    found.add(diagram.getName() + " " + path + ": a \"*\" resource");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws Exception {
        for (Named<Supplier<Diagram>> diagram : diagrams().subList(0, 40)) {
            GeneratedProject first = generate(diagram.getPayload().get());
            GeneratedProject second = generate(diagram.getPayload().get());
            for (String path : first.paths()) {
                assertEquals(first.text(path), second.text(path), diagram.getName() + " " + path);
            }
        }
    }

    private static int checkedModules(String output) {
        Matcher checked = Pattern.compile("checked (\\d+) modules").matcher(output);
        int total = 0;
        while (checked.find()) {
            total += Integer.parseInt(checked.group(1));
        }
        return total;
    }

    static GeneratedProject generate(Diagram diagram) {
        return new ProjectGenerator().generate(FunctionLanguages.perRuntime().align(diagram), new TerraformTarget());
    }

    /** Every example, then the random diagrams. */
    static List<Named<Supplier<Diagram>>> diagrams() throws Exception {
        List<Named<Supplier<Diagram>>> cases = new ArrayList<>();
        for (Path file : ExampleDiagrams.files()) {
            cases.add(Named.of(file.getFileName().toString(), () -> load(file)));
        }
        for (long seed = 1; seed <= RANDOM_DIAGRAMS; seed++) {
            long fixed = seed;
            cases.add(Named.of("random diagram " + seed, () -> RandomDiagrams.generate(fixed, 3, 30)));
        }
        return cases;
    }

    private static Diagram load(Path file) {
        try {
            return DiagramFiles.load(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
