package studio.serverless.runner.provision;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.statemachine.DefinitionSubstitutions;
import studio.serverless.model.statemachine.StateMachineDefinition;

/**
 * The values the local cloud gives a state machine's substitution variables, where SAM gives
 * DefinitionSubstitutions: a function's or topic's local ARN, a table's name, a queue's local URL.
 */
final class LocalSubstitutions {

    private final String region;
    private final String accountId;
    private final String endpoint;

    LocalSubstitutions(String region, String accountId, String endpoint) {
        this.region = region;
        this.accountId = accountId;
        this.endpoint = endpoint;
    }

    /** The machine's definition as the local service gets it: variables filled, as JSON text. */
    String definition(StateMachineDefinition definitions, Diagram diagram, Service machine) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Connection connection : definitions.access(machine)) {
            values.put(definitions.variable(connection), value(connection, diagram.require(connection.target())));
        }
        return DefinitionSubstitutions.apply(definitions.of(machine), values).toString();
    }

    private String value(Connection connection, Service target) {
        return switch (StateMachineDefinition.valueOf(connection)) {
            case NAME -> target.name();
            case URL -> QueueProvisioner.url(endpoint, accountId, target.name());
            case ARN -> arn(target);
        };
    }

    private String arn(Service target) {
        return switch (target.kind()) {
            case LAMBDA_FUNCTION -> "arn:aws:lambda:" + region + ":" + accountId + ":function:" + target.name();
            case SNS_TOPIC -> "arn:aws:sns:" + region + ":" + accountId + ":" + target.name();
            default -> throw new IllegalArgumentException("a state machine reaches " + target.name()
                    + " through no ARN the local cloud knows");
        };
    }

    /** The ARN the local Step Functions service gives a state machine of this name. */
    static String stateMachineArn(String region, String accountId, String name) {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + name;
    }
}
