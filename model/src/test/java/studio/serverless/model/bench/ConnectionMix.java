package studio.serverless.model.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.PropertyValues;

/**
 * How often each connection type appears in a generated diagram: functions reading and writing tables, buckets
 * and queues are most common; streams, workflows and success destinations rarest.
 */
final class ConnectionMix {

    private static final Map<ConnectionType, Integer> WEIGHTS = weights();
    private static final int TOTAL_WEIGHT = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    private static final List<String> ACCESS_LEVELS = List.of("read", "write", "read-write");

    private ConnectionMix() {
    }

    /** A legal connection spec, picked by type weight, then evenly among the specs of that type. */
    static ConnectionSpec pick(ServiceCatalog catalog, Random random) {
        ConnectionType type = pickType(random.nextInt(TOTAL_WEIGHT));
        List<ConnectionSpec> specs = catalog.connections().stream().filter(spec -> spec.type() == type).toList();
        return specs.get(random.nextInt(specs.size()));
    }

    /** The spec's default values, with a route of its own for an API integration and a random access level. */
    static PropertyValues properties(ConnectionSpec spec, int number, Random random) {
        PropertyValues values = PropertyValues.defaults(spec.properties());
        if (spec.property("access").isPresent()) {
            values = values.with("access", ACCESS_LEVELS.get(random.nextInt(ACCESS_LEVELS.size())));
        }
        if (spec.type() == ConnectionType.API_INTEGRATION) {
            values = values.with("route", "POST /resource-" + number);
        }
        return values;
    }

    private static ConnectionType pickType(int ticket) {
        int remaining = ticket;
        for (Map.Entry<ConnectionType, Integer> weight : WEIGHTS.entrySet()) {
            remaining -= weight.getValue();
            if (remaining < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException("ticket beyond the total weight: " + ticket);
    }

    private static Map<ConnectionType, Integer> weights() {
        Map<ConnectionType, Integer> weights = new EnumMap<>(ConnectionType.class);
        weights.put(ConnectionType.DYNAMODB_ACCESS, 10);
        weights.put(ConnectionType.S3_ACCESS, 6);
        weights.put(ConnectionType.SQS_SEND, 6);
        weights.put(ConnectionType.API_INTEGRATION, 6);
        weights.put(ConnectionType.SQS_EVENT_SOURCE, 6);
        weights.put(ConnectionType.SNS_PUBLISH, 4);
        weights.put(ConnectionType.SNS_SUBSCRIPTION, 4);
        weights.put(ConnectionType.LAMBDA_INVOKE, 4);
        weights.put(ConnectionType.EVENTBRIDGE_TARGET, 4);
        weights.put(ConnectionType.DEAD_LETTER_QUEUE, 4);
        weights.put(ConnectionType.ON_FAILURE, 4);
        weights.put(ConnectionType.S3_NOTIFICATION, 2);
        weights.put(ConnectionType.DYNAMODB_STREAM, 2);
        weights.put(ConnectionType.KINESIS_STREAM, 2);
        weights.put(ConnectionType.KINESIS_PUT, 2);
        weights.put(ConnectionType.STATES_START, 2);
        weights.put(ConnectionType.ON_SUCCESS, 1);
        return weights;
    }
}
