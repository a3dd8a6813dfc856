package studio.serverless.runner.provision;

import java.time.Duration;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/**
 * Reads a stream trigger connection's settings (batch size, starting position, batching window, bisect, retry
 * attempts; ReportBatchItemFailures and maximum record age when present) into a {@link StreamMapping}. The function's
 * on-failure connection to a queue or topic is the mapping's on-failure destination, as validation's
 * lambda-destination-without-async rule reads the diagram.
 */
final class StreamMappings {

    private StreamMappings() {
    }

    static StreamMapping of(Diagram diagram, Connection trigger) {
        PropertyValues values = trigger.properties();
        Service function = diagram.require(trigger.target());
        String position = values.text("startingPosition");
        return StreamMapping.of(function.name())
                .withBatchSize(values.integer("batchSize").orElse(100))
                .withBatchingWindow(Duration.ofSeconds(values.integer("maximumBatchingWindow").orElse(0)))
                .withStartingPosition(position == null || position.isBlank() ? StartingPosition.LATEST
                        : StartingPosition.of(position))
                .withRetries(values.integer("maximumRetryAttempts").orElse(-1),
                        values.integer("maximumRecordAge").filter(seconds -> seconds >= 0).map(Duration::ofSeconds)
                                .orElse(null))
                .withFailureHandling(values.bool("bisectBatchOnFunctionError"), values.bool("reportBatchItemFailures"))
                .withOnFailure(onFailureDestination(diagram, function));
    }

    private static String onFailureDestination(Diagram diagram, Service function) {
        String scope = LocalCloud.DEFAULT_REGION + ":" + CallerIdentity.ACCOUNT_ID + ":";
        for (Connection connection : diagram.connectionsOf(function.id())) {
            if (connection.type() == ConnectionType.ON_FAILURE && connection.source().equals(function.id())) {
                Service target = diagram.require(connection.target());
                switch (target.kind()) {
                    case SQS_QUEUE -> {
                        return "arn:aws:sqs:" + scope + target.name();
                    }
                    case SNS_TOPIC -> {
                        return "arn:aws:sns:" + scope + target.name();
                    }
                    default -> {
                        // AWS takes only a queue or a topic as a stream mapping's destination
                    }
                }
            }
        }
        return null;
    }
}
