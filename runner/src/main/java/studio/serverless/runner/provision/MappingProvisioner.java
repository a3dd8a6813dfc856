package studio.serverless.runner.provision;

import java.time.Duration;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.runner.lambda.mapping.EventSourceMappings;
import studio.serverless.runner.lambda.mapping.SqsMapping;

/**
 * Starts the diagram's SQS event source mappings (batch size, batching window, ReportBatchItemFailures and maximum
 * concurrency from the connection). Runs after queues and functions exist; a mapping is not a resource of its own,
 * so none is listed.
 * DynamoDB stream and Kinesis mappings join later.
 */
final class MappingProvisioner implements ResourceProvisioner {

    private final EventSourceMappings mappings;

    MappingProvisioner(EventSourceMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        for (Connection connection : diagram.connections()) {
            if (connection.type() == ConnectionType.SQS_EVENT_SOURCE) {
                String queue = diagram.require(connection.source()).name();
                String function = diagram.require(connection.target()).name();
                PropertyValues values = connection.properties();
                SqsMapping mapping = new SqsMapping(queue, function, values.integer("batchSize").orElse(10),
                        Duration.ofSeconds(values.integer("maximumBatchingWindow").orElse(0)),
                        values.bool("reportBatchItemFailures"));
                mappings.start(values.integer("maximumConcurrency").map(mapping::withMaximumConcurrency)
                        .orElse(mapping));
            }
        }
        return List.of();
    }
}
