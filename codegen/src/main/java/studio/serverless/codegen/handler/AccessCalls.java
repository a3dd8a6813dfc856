package studio.serverless.codegen.handler;

import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/** Turns an access connection into the {@link AccessCall} a handler makes. */
final class AccessCalls {

    private AccessCalls() {
    }

    static AccessCall of(Connection connection, String variable, Service target) {
        String access = connection.properties().text("access");
        boolean reads = access.isEmpty() || access.contains("read");
        boolean writes = access.isEmpty() || access.contains("write");
        String service = switch (connection.type()) {
            case DYNAMODB_ACCESS -> "dynamodb";
            case S3_ACCESS -> "s3";
            case SQS_SEND -> "sqs";
            case SNS_PUBLISH -> "sns";
            case KINESIS_PUT -> "kinesis";
            default -> "stepfunctions";
        };
        String partitionKey = service.equals("dynamodb") ? target.properties().text("partitionKey") : "";
        String keyType = service.equals("dynamodb") ? target.properties().text("partitionKeyType") : "";
        String sortKey = service.equals("dynamodb") ? target.properties().text("sortKey") : "";
        String sortKeyType = sortKey.isEmpty() ? "" : target.properties().text("sortKeyType");
        return new AccessCall(service, variable, suffix(variable), reads, writes, target.name(), partitionKey,
                keyType.isEmpty() && service.equals("dynamodb") ? "S" : keyType, sortKey,
                sortKey.isEmpty() || !sortKeyType.isEmpty() ? sortKeyType : "S",
                target.properties().bool("fifo"), target.properties().bool("contentBasedDeduplication"));
    }

    /** {@code TABLE_NAME_ORDERS} gives {@code Orders}; a variable without a suffix gives the empty text. */
    private static String suffix(String variable) {
        for (String base : java.util.List.of("TABLE_NAME", "BUCKET_NAME", "QUEUE_URL", "TOPIC_ARN", "STREAM_NAME",
                "STATE_MACHINE_ARN")) {
            if (variable.startsWith(base + "_")) {
                String rest = variable.substring(base.length() + 1).toLowerCase(java.util.Locale.ROOT);
                return ResourceNames.pascalCase(rest.replace('_', '-'));
            }
        }
        return "";
    }
}
