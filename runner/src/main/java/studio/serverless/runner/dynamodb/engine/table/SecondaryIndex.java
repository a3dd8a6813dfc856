package studio.serverless.runner.dynamodb.engine.table;

/**
 * A validated secondary index of a table.
 *
 * @param name       the index name
 * @param keySchema  its key
 * @param projection its projected attributes
 * @param global     true for a GSI, false for an LSI
 * @param throughput its capacity (GSI on a provisioned table), or null
 */
public record SecondaryIndex(String name, KeySchema keySchema, Projection projection, boolean global,
                             ProvisionedThroughput throughput) {
}
