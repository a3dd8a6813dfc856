package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/** The role an HTTP API assumes to start the executions of the state machines its routes lead to, and no more. */
final class ApiStatesRole {

    private final SamContext context;

    ApiStatesRole(SamContext context) {
        this.context = context;
    }

    static boolean isExpress(Service machine) {
        return "EXPRESS".equals(machine.properties().text("type"));
    }

    /** The role, allowing each integration's start action on its state machine. */
    CfnResource of(String logicalId, List<Connection> integrations) {
        List<Object> statements = integrations.stream().map(connection -> {
            Service machine = context.service(connection.target());
            return statement(isExpress(machine) ? "states:StartSyncExecution" : "states:StartExecution",
                    ref(context.logicalId(machine.id())));
        }).distinct().map(Object.class::cast).toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("AssumeRolePolicyDocument", document(List.of(assumedByApiGateway())));
        properties.put("Policies", List.of(DataResources.ordered("PolicyName", "start-executions",
                "PolicyDocument", document(statements))));
        return new CfnResource(logicalId, "AWS::IAM::Role", properties);
    }

    private static Map<String, Object> assumedByApiGateway() {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", "apigateway.amazonaws.com"));
        statement.put("Action", "sts:AssumeRole");
        return statement;
    }

    private static Map<String, Object> statement(String action, Object resource) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", List.of(action));
        statement.put("Resource", resource);
        return statement;
    }

    static Map<String, Object> document(List<Object> statements) {
        return DataResources.ordered("Version", "2012-10-17", "Statement", statements);
    }
}
