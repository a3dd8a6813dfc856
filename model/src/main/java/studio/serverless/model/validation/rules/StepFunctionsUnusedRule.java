package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A state machine that nothing starts: no API route, EventBridge rule or function. */
public final class StepFunctionsUnusedRule implements ValidationRule {

    private static final Set<ConnectionType> STARTS = Set.of(ConnectionType.API_INTEGRATION,
            ConnectionType.EVENTBRIDGE_TARGET, ConnectionType.STATES_START);

    @Override
    public String id() {
        return "stepfunctions-unused";
    }

    @Override
    public String description() {
        return "Every state machine is started by an API route, an EventBridge rule or a function.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service machine : context.services(ServiceKind.STEP_FUNCTIONS)) {
            if (context.incoming(machine.id()).stream().noneMatch(in -> STARTS.contains(in.type()))) {
                diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(machine.id()),
                        "Nothing starts the state machine " + ElementProperties.quoted(machine) + ": no API route,"
                                + " EventBridge rule or function starts an execution, so it will only run if"
                                + " started by hand.",
                        "Connect an API integration, an EventBridge target or a function's start executions"
                                + " connection to it, or remove it."));
            }
        }
        return diagnostics;
    }
}
