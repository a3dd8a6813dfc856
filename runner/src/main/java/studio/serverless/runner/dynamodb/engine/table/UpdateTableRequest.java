package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;

/**
 * The parameters of UpdateTable the engine uses; null fields are left unchanged.
 *
 * @param tableName              the table
 * @param attributeDefinitions   definitions of new index keys
 * @param billingMode            new billing mode
 * @param provisionedThroughput  new capacity
 * @param createIndexes          GSIs to add
 * @param deleteIndexes          names of GSIs to delete
 * @param streamSpecification    new stream setting
 */
public record UpdateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions,
                                 BillingMode billingMode, ProvisionedThroughput provisionedThroughput,
                                 List<IndexDefinition> createIndexes, List<String> deleteIndexes,
                                 StreamSpecification streamSpecification) {
    /** Replaces absent lists with empty ones. */
    public UpdateTableRequest {
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        createIndexes = createIndexes == null ? List.of() : List.copyOf(createIndexes);
        deleteIndexes = deleteIndexes == null ? List.of() : List.copyOf(deleteIndexes);
    }
}
