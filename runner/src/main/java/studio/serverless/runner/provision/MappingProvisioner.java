package studio.serverless.runner.provision;

import java.time.Duration;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.lambda.mapping.EventSourceMappings;
import studio.serverless.runner.lambda.mapping.SqsMapping;
import studio.serverless.runner.lambda.mapping.dynamodb.DynamoDbStreamSource;
import studio.serverless.runner.lambda.mapping.kinesis.KinesisStreamSource;

/**
 * Starts the diagram's event source mappings: SQS (batch size, batching window, ReportBatchItemFailures and
 * maximum concurrency from the connection), DynamoDB stream and Kinesis mappings ({@link StreamMappings}). Runs
 * after queues, tables, streams and functions exist; a mapping is not a resource of its own, so none is listed.
 */
final class MappingProvisioner implements ResourceProvisioner {

    private final EventSourceMappings mappings;
    private final DynamoDbEngine dynamoDb;
    private final KinesisEngine kinesis;

    MappingProvisioner(EventSourceMappings mappings, DynamoDbEngine dynamoDb, KinesisEngine kinesis) {
        this.mappings = mappings;
        this.dynamoDb = dynamoDb;
        this.kinesis = kinesis;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a table triggering a function has no stream (validation's
     *                                  dynamodb-stream-required reports this first)
     */
    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        for (Connection connection : diagram.connections()) {
            String source = diagram.require(connection.source()).name();
            String function = diagram.require(connection.target()).name();
            if (connection.type() == ConnectionType.SQS_EVENT_SOURCE) {
                PropertyValues values = connection.properties();
                SqsMapping mapping = new SqsMapping(source, function, values.integer("batchSize").orElse(10),
                        Duration.ofSeconds(values.integer("maximumBatchingWindow").orElse(0)),
                        values.bool("reportBatchItemFailures"));
                mappings.start(values.integer("maximumConcurrency").map(mapping::withMaximumConcurrency)
                        .orElse(mapping));
            } else if (connection.type() == ConnectionType.DYNAMODB_STREAM) {
                mappings.start(StreamMappings.of(diagram, connection), DynamoDbStreamSource.forTable(dynamoDb, source));
            } else if (connection.type() == ConnectionType.KINESIS_STREAM) {
                mappings.start(StreamMappings.of(diagram, connection), KinesisStreamSource.forStream(kinesis, source));
            }
        }
        return List.of();
    }
}
