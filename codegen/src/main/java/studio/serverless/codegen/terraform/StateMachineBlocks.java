package studio.serverless.codegen.terraform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.statemachine.StateMachineDefinition;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclCall;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.codegen.text.HclText;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * A state machine: its role (assumed by Step Functions, with the same access statements as the SAM target), and
 * the {@code aws_sfn_state_machine} whose definition is {@code templatefile} of
 * {@code statemachines/<name>.asl.json}, the SAM target's definition with every {@code ${} and {@code %{} that is
 * not one of its substitution variables escaped; the variables get the same values SAM's DefinitionSubstitutions
 * give them.
 */
final class StateMachineBlocks {

    private final TerraformContext context;
    private final StateMachineDefinition definitions;
    private final AccessGrants grants;

    StateMachineBlocks(TerraformContext context) {
        this.context = context;
        this.definitions = context.stateMachineDefinitions();
        this.grants = new AccessGrants(context);
    }

    /** The definition file's path inside the {@code terraform/} folder. */
    String definitionPath(Service machine) {
        return "statemachines/" + context.folder(machine.id()) + ".asl.json";
    }

    /** The definition file's text: the shared definition, escaped for {@code templatefile}. */
    String definitionFile(Service machine) {
        List<String> variables = definitions.access(machine).stream().map(definitions::variable).toList();
        return HclText.templateFileText(JsonText.INSTANCE.pretty(definitions.of(machine)), variables);
    }

    List<HclBlock> of(Service machine) {
        String name = context.name(machine.id());
        HclBlock role = IamDocuments.role(name, "states.amazonaws.com");
        List<Connection> access = definitions.access(machine);
        Map<String, Object> substitutions = new LinkedHashMap<>();
        access.forEach(connection -> substitutions.put(definitions.variable(connection), value(connection)));
        HclBlock stateMachine = HclBlock.resource("aws_sfn_state_machine", name)
                .set("name", machine.name())
                .set("type", machine.properties().text("type").isBlank() ? "STANDARD"
                        : machine.properties().text("type"))
                .set("role_arn", role.ref("arn"))
                .set("definition", new HclCall("templatefile", List.of(HclExpression.template(
                        HclExpression.reference("path.module"), "/" + definitionPath(machine)), substitutions)));
        if (access.isEmpty()) {
            return List.of(role, stateMachine);
        }
        HclBlock policy = IamDocuments.rolePolicy(name + "_access", role,
                access.stream().map(grants::statement).toList());
        return List.of(role, policy, stateMachine);
    }

    private HclExpression value(Connection connection) {
        return context.ref(connection.target(),
                StateMachineDefinition.valueOf(connection).name().toLowerCase(java.util.Locale.ROOT));
    }
}
