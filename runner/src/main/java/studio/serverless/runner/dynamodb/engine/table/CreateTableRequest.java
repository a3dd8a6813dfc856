package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;

/**
 * The parameters of CreateTable the engine uses.
 *
 * @param tableName              the name
 * @param attributeDefinitions   types of every key attribute of the table and its indexes
 * @param keySchema              the table key
 * @param localSecondaryIndexes  LSIs (may be empty)
 * @param globalSecondaryIndexes GSIs (may be empty)
 * @param billingMode            billing; null means PROVISIONED, as AWS defaults
 * @param provisionedThroughput  capacity, required when provisioned
 * @param streamSpecification    the stream, or null for none
 */
public record CreateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions,
                                 List<KeySchemaElement> keySchema, List<IndexDefinition> localSecondaryIndexes,
                                 List<IndexDefinition> globalSecondaryIndexes, BillingMode billingMode,
                                 ProvisionedThroughput provisionedThroughput,
                                 StreamSpecification streamSpecification) {
    /** Replaces absent lists with empty ones. */
    public CreateTableRequest {
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
    }

    /** @return an on-demand table with a key and no indexes */
    public static CreateTableRequest onDemand(String tableName, List<AttributeDefinition> definitions,
                                              List<KeySchemaElement> keySchema) {
        return new CreateTableRequest(tableName, definitions, keySchema, null, null, BillingMode.PAY_PER_REQUEST,
                null, null);
    }
}
