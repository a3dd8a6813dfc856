package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;

/**
 * A secondary index as requested in CreateTable or UpdateTable.
 *
 * @param indexName             the name
 * @param keySchema             the key elements
 * @param projection            the projected attributes
 * @param provisionedThroughput capacity, or null on demand
 */
public record IndexDefinition(String indexName, List<KeySchemaElement> keySchema, Projection projection,
                              ProvisionedThroughput provisionedThroughput) {
    /** Copies the key elements. */
    public IndexDefinition {
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
    }
}
