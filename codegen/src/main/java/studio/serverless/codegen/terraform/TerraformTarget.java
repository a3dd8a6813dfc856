package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.PlannedFile;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.text.HclText;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/**
 * The Terraform target (AWS provider 5.x): a configuration in {@code terraform/} with {@code versions.tf},
 * {@code variables.tf}, {@code main.tf}, one file of blocks per concern (functions, resources, events, APIs, state
 * machines), {@code outputs.tf} and the state machine definitions in {@code terraform/statemachines/}. Function
 * code is packaged from {@code functions/<name>/}. Templates live in {@code templates/terraform/}.
 */
public final class TerraformTarget implements Target {

    /** The AWS provider versions the configuration accepts. */
    public static final String AWS_PROVIDER = "~> 5.0";
    /** The archive provider versions the configuration accepts (it zips function code). */
    public static final String ARCHIVE_PROVIDER = "~> 2.4";
    private static final String FOLDER = "terraform/";

    @Override
    public String id() {
        return "terraform";
    }

    @Override
    public String templateFolder() {
        return "terraform";
    }

    @Override
    public List<PlannedFile> plan(Diagram diagram) {
        TerraformContext context = new TerraformContext(diagram);
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(FOLDER + "versions.tf", "versions.tf.vm",
                Map.of("aws", AWS_PROVIDER, "archive", ARCHIVE_PROVIDER, "hcl", HclText.INSTANCE)));
        files.add(new PlannedFile(FOLDER + "variables.tf", "variables.tf.vm", Map.of()));
        files.add(new PlannedFile(FOLDER + "main.tf", "main.tf.vm", Map.of()));
        for (TerraformFile file : new TerraformFilesBuilder(context).build()) {
            files.add(new PlannedFile(FOLDER + file.name(), "blocks.tf.vm",
                    Map.of("file", file, "hcl", HclText.INSTANCE)));
        }
        StateMachineBlocks machines = new StateMachineBlocks(context);
        for (Service machine : context.services(ServiceKind.STEP_FUNCTIONS)) {
            files.add(new PlannedFile(FOLDER + machines.definitionPath(machine), "statemachine.asl.json.vm",
                    Map.of("text", machines.definitionFile(machine))));
        }
        return List.copyOf(files);
    }
}
