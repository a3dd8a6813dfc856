package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.statemachine.StateMachineDefinition;
import studio.serverless.runner.stepfunctions.service.StateMachineEntry;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * Creates the diagram's state machines in the local Step Functions service from the definition the infrastructure
 * targets deploy ({@link StateMachineDefinition}), its substitution variables filled with the local resources
 * ({@link LocalSubstitutions}). A state machine that exists with another definition (the diagram changed) is
 * updated. A definition the service refuses is reported to the problem listener, naming the service and the
 * problem, and the other resources are still created.
 */
final class StateMachineProvisioner implements ResourceProvisioner {

    private final StepFunctionsService stepFunctions;
    private final LocalSubstitutions substitutions;
    private final String roleArn;
    private final Consumer<String> problems;

    StateMachineProvisioner(StepFunctionsService stepFunctions, LocalSubstitutions substitutions, String accountId,
                            Consumer<String> problems) {
        this.stepFunctions = stepFunctions;
        this.substitutions = substitutions;
        this.roleArn = "arn:aws:iam::" + accountId + ":role/serverless-studio-local-states";
        this.problems = problems;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        StateMachineDefinition definitions = new StateMachineDefinition(diagram, ResourceNames.of(diagram));
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service machine : diagram.services()) {
            if (machine.kind() == ServiceKind.STEP_FUNCTIONS) {
                try {
                    String definition = substitutions.definition(definitions, diagram, machine);
                    StateMachineEntry entry = createOrUpdate(machine, definition);
                    created.add(new ProvisionedResource(ServiceKind.STEP_FUNCTIONS, machine.name(), entry.arn()));
                } catch (StepFunctionsException | IllegalArgumentException refused) {
                    problems.accept("state machine " + machine.name() + " was not created: "
                            + refused.getMessage());
                }
            }
        }
        return created;
    }

    private StateMachineEntry createOrUpdate(Service machine, String definition) {
        String type = machine.properties().text("type");
        try {
            return stepFunctions.create(machine.name(), definition, roleArn, type.isBlank() ? null : type);
        } catch (StepFunctionsException exists) {
            if (exists.error() != StepFunctionsError.STATE_MACHINE_ALREADY_EXISTS) {
                throw exists;
            }
            String arn = stepFunctions.machines().stream().filter(entry -> entry.name().equals(machine.name()))
                    .findFirst().orElseThrow(() -> exists).arn();
            return stepFunctions.update(arn, definition, roleArn);
        }
    }
}
