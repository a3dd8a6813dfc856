package studio.serverless.canvas.view;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.PropertyValues;

/** The short text on an edge: the property that matters most for its type, else the type's name. */
public final class ConnectionLabels {

    private ConnectionLabels() {
    }

    /** The label for a connection, e.g. "batch 10", "write", "GET /items", "ObjectCreated:*". */
    public static String text(Connection connection) {
        PropertyValues values = connection.properties();
        ConnectionType type = connection.type();
        String summary = switch (type) {
            case SQS_EVENT_SOURCE, DYNAMODB_STREAM, KINESIS_STREAM ->
                    values.integer("batchSize").map(size -> "batch " + size).orElse("");
            case DYNAMODB_ACCESS, S3_ACCESS -> values.text("access");
            case API_INTEGRATION -> values.text("route");
            case S3_NOTIFICATION -> s3Events(values);
            case DEAD_LETTER_QUEUE ->
                    values.integer("maxReceiveCount").map(count -> "after " + count + " receives").orElse("");
            default -> "";
        };
        return summary.isBlank() ? type.displayName() : summary;
    }

    private static String s3Events(PropertyValues values) {
        var events = values.list("events");
        if (events.isEmpty()) {
            return "";
        }
        String first = events.get(0).replaceFirst("^s3:", "");
        return events.size() == 1 ? first : first + " +" + (events.size() - 1);
    }
}
