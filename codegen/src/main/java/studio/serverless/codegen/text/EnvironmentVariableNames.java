package studio.serverless.codegen.text;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.naming.ResourceNames;

/**
 * The names of the environment variables telling a function's code where its connected resources are, shared by
 * every target and the handler code so they always agree. Each access connection gives one: TABLE_NAME,
 * BUCKET_NAME, QUEUE_URL, TOPIC_ARN, STREAM_NAME or STATE_MACHINE_ARN. When a function reaches several resources
 * of one kind, every one of them gets the resource's name in upper snake case as a suffix (TABLE_NAME_ORDERS,
 * TABLE_NAME_USERS), so no variable depends on the order connections were drawn.
 */
public final class EnvironmentVariableNames {

    private static final Map<ConnectionType, String> BASE_NAMES = baseNames();

    private final Diagram diagram;
    private final ResourceNames names;

    private EnvironmentVariableNames(Diagram diagram, ResourceNames names) {
        this.diagram = diagram;
        this.names = names;
    }

    /** The names for a diagram whose services have these resource names. */
    public static EnvironmentVariableNames of(Diagram diagram, ResourceNames names) {
        return new EnvironmentVariableNames(diagram, names);
    }

    /** The connection types that give a variable, with the variable's base name (e.g. TABLE_NAME). */
    public static Map<ConnectionType, String> baseNames() {
        Map<ConnectionType, String> bases = new EnumMap<>(ConnectionType.class);
        bases.put(ConnectionType.DYNAMODB_ACCESS, "TABLE_NAME");
        bases.put(ConnectionType.S3_ACCESS, "BUCKET_NAME");
        bases.put(ConnectionType.SQS_SEND, "QUEUE_URL");
        bases.put(ConnectionType.SNS_PUBLISH, "TOPIC_ARN");
        bases.put(ConnectionType.KINESIS_PUT, "STREAM_NAME");
        bases.put(ConnectionType.STATES_START, "STATE_MACHINE_ARN");
        return java.util.Collections.unmodifiableMap(bases);
    }

    /** The access connections of a function that give variables, in diagram order, each with its variable. */
    public Map<Connection, String> of(Service function) {
        List<Connection> connections = diagram.connections().stream()
                .filter(c -> c.source().equals(function.id()) && BASE_NAMES.containsKey(c.type())).toList();
        Map<String, Long> perBase = connections.stream()
                .collect(Collectors.groupingBy(c -> BASE_NAMES.get(c.type()), Collectors.counting()));
        Map<Connection, String> variables = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Connection connection : connections) {
            String base = BASE_NAMES.get(connection.type());
            variables.put(connection, perBase.get(base) == 1 ? base : suffixed(base, connection, taken));
        }
        return java.util.Collections.unmodifiableMap(variables);
    }

    private String suffixed(String base, Connection connection, Set<String> taken) {
        Function<Connection, String> suffixOf = c -> {
            String suffix = ResourceNames.upperSnake(diagram.require(c.target()).name());
            return suffix.isEmpty() ? ResourceNames.upperSnake(names.logicalId(c.target())) : suffix;
        };
        String start = base + "_" + suffixOf.apply(connection);
        String name = start;
        for (int number = 2; !taken.add(name); number++) {
            name = start + "_" + number;
        }
        return name;
    }
}
