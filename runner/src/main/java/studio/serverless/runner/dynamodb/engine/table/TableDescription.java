package studio.serverless.runner.dynamodb.engine.table;

import java.time.Instant;
import java.util.List;

/**
 * What DescribeTable (and CreateTable, UpdateTable, DeleteTable) return, field for field as on the wire.
 *
 * @param tableName              the name
 * @param tableArn               the ARN
 * @param tableId                the UUID
 * @param tableStatus            ACTIVE (tables are ready at once) or DELETING
 * @param creationDateTime       when it was created
 * @param attributeDefinitions   key attribute types
 * @param keySchema              the table key
 * @param itemCount              number of items
 * @param tableSizeBytes         total item size
 * @param billingMode            billing
 * @param provisionedThroughput  capacity
 * @param globalSecondaryIndexes GSIs
 * @param localSecondaryIndexes  LSIs
 * @param streamSpecification    the stream, or null when never enabled
 * @param latestStreamLabel      the stream label, or null
 * @param latestStreamArn        the stream ARN, or null
 */
public record TableDescription(String tableName, String tableArn, String tableId, String tableStatus,
                               Instant creationDateTime, List<AttributeDefinition> attributeDefinitions,
                               List<KeySchemaElement> keySchema, long itemCount, long tableSizeBytes,
                               BillingMode billingMode, ProvisionedThroughput provisionedThroughput,
                               List<IndexDescription> globalSecondaryIndexes,
                               List<IndexDescription> localSecondaryIndexes,
                               StreamSpecification streamSpecification, String latestStreamLabel,
                               String latestStreamArn) {
    /**
     * One secondary index as described.
     *
     * @param indexName             the name
     * @param keySchema             its key
     * @param projection            its projection
     * @param indexStatus           ACTIVE for GSIs, null for LSIs
     * @param itemCount             items holding the index key
     * @param indexSizeBytes        their size
     * @param indexArn              the ARN
     * @param provisionedThroughput capacity (GSIs only), or null
     */
    public record IndexDescription(String indexName, List<KeySchemaElement> keySchema, Projection projection,
                                   String indexStatus, long itemCount, long indexSizeBytes, String indexArn,
                                   ProvisionedThroughput provisionedThroughput) {
    }
}
