package studio.serverless.runner.dynamodb.engine.table;

/**
 * Read and write capacity of a provisioned table or index (recorded, never enforced locally).
 *
 * @param readCapacityUnits  read capacity
 * @param writeCapacityUnits write capacity
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
    /** What AWS describes for an on-demand table. */
    public static final ProvisionedThroughput ON_DEMAND = new ProvisionedThroughput(0, 0);
}
