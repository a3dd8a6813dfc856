package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.statemachine.StateMachineDefinition;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The {@code AWS::Serverless::StateMachine} of a Step Functions service and its ASL definition: the drawn
 * {@code definition} if set, else a sequence of Task states, one per access connection. Targets reach the
 * definition through DefinitionSubstitutions named after their logical ids.
 */
final class StateMachineResource {

    private final SamContext context;
    private final AccessPolicies policies;
    private final TriggerEvents triggers;
    private final StateMachineDefinition definitions;

    StateMachineResource(SamContext context) {
        this.context = context;
        this.policies = new AccessPolicies(context);
        this.triggers = new TriggerEvents(context);
        this.definitions = context.stateMachineDefinitions();
    }

    /** Where the definition goes in the project. */
    String definitionPath(Service machine) {
        return "statemachines/" + context.folder(machine.id()) + ".asl.json";
    }

    /** The definition, shared with the other targets. */
    JsonNode definition(Service machine) {
        return definitions.of(machine);
    }

    CfnResource of(Service machine) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", machine.name());
        properties.put("Type", machine.properties().text("type").isBlank() ? "STANDARD"
                : machine.properties().text("type"));
        properties.put("DefinitionUri", definitionPath(machine));
        List<Connection> access = definitions.access(machine);
        if (!access.isEmpty()) {
            Map<String, Object> substitutions = new LinkedHashMap<>();
            access.forEach(connection -> substitutions.put(variable(connection), substitution(connection)));
            properties.put("DefinitionSubstitutions", substitutions);
            properties.put("Policies", access.stream().map(policies::policy).toList());
        }
        Map<String, Object> events = events(machine);
        if (!events.isEmpty()) {
            properties.put("Events", events);
        }
        return new CfnResource(context.logicalId(machine.id()), "AWS::Serverless::StateMachine", properties);
    }

    private Map<String, Object> events(Service machine) {
        Map<String, Object> events = new LinkedHashMap<>();
        for (Connection connection : context.incoming(machine.id(), ConnectionType.EVENTBRIDGE_TARGET)) {
            triggers.eventBridge(connection).ifPresent(event ->
                    TriggerEvents.putUnique(events, triggers.eventName(connection), event));
        }
        for (Connection connection : context.incoming(machine.id(), ConnectionType.API_INTEGRATION)) {
            if (ApiResources.isRest(context.service(connection.source()))) {
                TriggerEvents.putUnique(events, triggers.eventName(connection), triggers.apiRoute(connection));
            }
        }
        return events;
    }

    private String variable(Connection connection) {
        return definitions.variable(connection);
    }

    private Object substitution(Connection connection) {
        String target = context.logicalId(connection.target());
        return connection.type() == ConnectionType.LAMBDA_INVOKE ? getAtt(target, "Arn") : ref(target);
    }
}
