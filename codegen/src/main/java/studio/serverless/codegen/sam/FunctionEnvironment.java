package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import studio.serverless.codegen.text.ResourceNames;
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
    static final Map<ConnectionType, String> BASE_NAMES = Map.of(
            ConnectionType.DYNAMODB_ACCESS, "TABLE_NAME", ConnectionType.S3_ACCESS, "BUCKET_NAME",
            ConnectionType.SQS_SEND, "QUEUE_URL", ConnectionType.SNS_PUBLISH, "TOPIC_ARN",
            ConnectionType.KINESIS_PUT, "STREAM_NAME", ConnectionType.STATES_START, "STATE_MACHINE_ARN");

    private final SamContext context;

    FunctionEnvironment(SamContext context) {
        this.context = context;
    }

    /** The variables of a function, sorted by name; empty when it reaches no resource. */
    Map<String, Object> variables(Service function) {
        List<Connection> connections = context.outgoing(function.id(), BASE_NAMES.keySet());
        Map<String, Long> perBase = connections.stream()
                .collect(Collectors.groupingBy(connection -> BASE_NAMES.get(connection.type()),
                        Collectors.counting()));
        Map<String, Object> variables = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        for (Connection connection : connections) {
            String base = BASE_NAMES.get(connection.type());
            String name = perBase.get(base) == 1 ? base : suffixed(base, connection, taken);
            variables.put(name, value(connection));
        }
        return variables;
    }

    private String suffixed(String base, Connection connection, Set<String> taken) {
        String suffix = ResourceNames.upperSnake(context.service(connection.target()).name());
        String start = base + "_" + (suffix.isEmpty() ? ResourceNames.upperSnake(
                context.logicalId(connection.target())) : suffix);
        String name = start;
        for (int number = 2; !taken.add(name); number++) {
            name = start + "_" + number;
        }
        return name;
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
