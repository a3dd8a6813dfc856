package studio.serverless.codegen.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.testing.ExternalTool;
import studio.serverless.codegen.testing.HostileDiagram;
import studio.serverless.codegen.testing.NpmTools;

/**
 * Names and texts from the diagram that would break or inject into HCL (quotes, line breaks, {@code ${...}},
 * {@code %{...}}, heredoc markers, unicode, control characters) leave every file parseable by HashiCorp's parser,
 * create no reference, and come back unchanged as the literal values of the attributes they name.
 */
class TerraformHostileNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void hostileTextsParseAddNoReferenceAndComeBackUnchanged() throws Exception {
        List<String> modules = new ArrayList<>();
        for (String text : HostileDiagram.TEXTS) {
            Path project = folder.resolve("p" + modules.size());
            ProjectWriter.writeToFolder(TerraformConfigurationTest.generate(HostileDiagram.of(text)), project);
            modules.add(project.resolve("terraform").toString());
        }
        List<String> arguments = new ArrayList<>(modules);
        arguments.add("--dump");

        ExternalTool.Result result = NpmTools.runChecker("check-terraform.cjs", arguments);

        assertEquals(0, result.exitCode(), result.output());
        for (int index = 0; index < modules.size(); index++) {
            assertRoundTrip(HostileDiagram.TEXTS.get(index), Path.of(modules.get(index)));
        }
    }

    private static void assertRoundTrip(String text, Path module) throws Exception {
        JsonNode functions = resources(module, "functions.tf");
        JsonNode data = resources(module, "resources.tf");
        String what = JSON.writeValueAsString(text);
        assertEquals(text, literal(single(functions, "aws_lambda_function").path("function_name")), what);
        JsonNode table = single(data, "aws_dynamodb_table");
        assertEquals(text, literal(table.path("name")), what);
        assertEquals(text, literal(table.path("hash_key")), what);
        assertEquals(text, literal(single(data, "aws_s3_bucket").path("bucket")), what);
        assertEquals(text, literal(single(data, "aws_sns_topic").path("display_name")), what);
        assertEquals(text, literal(single(resources(module, "statemachines.tf"), "aws_sfn_state_machine")
                .path("name")), what);
        assertEquals(text, literal(single(resources(module, "events.tf"), "aws_cloudwatch_event_rule")
                .path("name")), what);
    }

    /** The value of a quoted literal as Terraform reads it: hcl2json keeps the {@code $${} / {@code %%{} escapes. */
    private static String literal(JsonNode value) {
        return value.asText().replace("$${", "${").replace("%%{", "%{");
    }

    private static JsonNode resources(Path module, String file) throws Exception {
        return JSON.readTree(module.resolve(file + ".json").toFile()).path("resource");
    }

    private static JsonNode single(JsonNode resources, String type) {
        JsonNode byName = resources.path(type);
        assertEquals(1, byName.size(), type + " in " + resources.fieldNames());
        return byName.elements().next().get(0);
    }
}
