package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.Map;
import java.util.TreeMap;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The environment variables telling a function's code where its connected resources are. Each access connection
 * gives one: TABLE_NAME, BUCKET_NAME, QUEUE_URL, TOPIC_ARN, STREAM_NAME or STATE_MACHINE_ARN. When a function
 * reaches several resources of one kind, every one of them gets the resource's name in upper snake case as a
 * suffix (TABLE_NAME_ORDERS, TABLE_NAME_USERS), so no variable depends on the order connections were drawn.
 */
final class FunctionEnvironment {

    /** The connection types that give a variable, with the variable's base name. */
    static final Map<ConnectionType, String> BASE_NAMES = EnvironmentVariableNames.baseNames();

    private final SamContext context;
    private final EnvironmentVariableNames names;

    FunctionEnvironment(SamContext context) {
        this.context = context;
        this.names = context.environmentVariableNames();
    }

    /** The variables of a function, sorted by name; empty when it reaches no resource. */
    Map<String, Object> variables(Service function) {
        Map<String, Object> variables = new TreeMap<>();
        names.of(function).forEach((connection, name) -> variables.put(name, value(connection)));
        return variables;
    }

    private Object value(Connection connection) {
        Service target = context.service(connection.target());
        String targetId = context.logicalId(target.id());
        return switch (connection.type()) {
            case S3_ACCESS -> target.name();
            case STATES_START -> Intrinsics.sub(
                    "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${Name}",
                    Map.of("Name", target.name()));
            default -> ref(targetId);
        };
    }
}
