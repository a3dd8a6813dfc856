package studio.serverless.codegen.sam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.PlannedFile;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.codegen.text.YamlText;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/**
 * The AWS SAM target: {@code template.yaml} and one {@code statemachines/<name>.asl.json} per state machine (the
 * README and .gitignore come from {@link studio.serverless.codegen.project.ProjectFilesTarget}). Templates live
 * in {@code templates/sam/}.
 */
public final class SamTarget implements Target {

    @Override
    public String id() {
        return "sam";
    }

    @Override
    public String templateFolder() {
        return "sam";
    }

    @Override
    public List<PlannedFile> plan(Diagram diagram) {
        SamContext context = new SamContext(diagram);
        SamTemplate template = new SamTemplateBuilder(context).build();
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile("template.yaml", "template.yaml.vm",
                Map.of("sam", template, "yaml", YamlText.INSTANCE)));
        StateMachineResource machines = new StateMachineResource(context);
        for (Service machine : context.services(ServiceKind.STEP_FUNCTIONS)) {
            files.add(new PlannedFile(machines.definitionPath(machine), "statemachine.asl.json.vm",
                    Map.of("definition", machines.definition(machine), "json", JsonText.INSTANCE)));
        }
        return List.copyOf(files);
    }
}
