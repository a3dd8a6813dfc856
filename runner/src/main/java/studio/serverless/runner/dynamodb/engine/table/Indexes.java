package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/** Validates secondary indexes and capacity settings, with AWS's limits and messages. */
final class Indexes {
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_GLOBAL_INDEXES = 20;

    private Indexes() {
    }

    static void addLocal(List<IndexDefinition> definitions, KeySchema table, Map<String, AttributeType> types,
                         Map<String, SecondaryIndex> indexes) {
        if (definitions.isEmpty()) {
            return;
        }
        if (!table.hasSortKey()) {
            throw DynamoDbException.invalidParameter("Table KeySchema does not have a range key, which is required "
                    + "when specifying a LocalSecondaryIndex");
        }
        if (definitions.size() > MAX_LOCAL_INDEXES) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Number of "
                    + "LocalSecondaryIndexes exceeds per-table limit of " + MAX_LOCAL_INDEXES);
        }
        for (IndexDefinition definition : definitions) {
            SecondaryIndex index = index(definition, types, false, indexes);
            if (!index.keySchema().partitionKey().equals(table.partitionKey()) || !index.keySchema().hasSortKey()) {
                throw DynamoDbException.invalidParameter("Index KeySchema does not have the same leading hash key "
                        + "as table KeySchema for index: " + definition.indexName() + ". index hash key: "
                        + index.keySchema().partitionKey() + ", table hash key: " + table.partitionKey());
            }
            indexes.put(index.name(), index);
        }
    }

    static void addGlobal(List<IndexDefinition> definitions, Map<String, AttributeType> types,
                          Map<String, SecondaryIndex> indexes) {
        for (IndexDefinition definition : definitions) {
            SecondaryIndex index = index(definition, types, true, indexes);
            indexes.put(index.name(), index);
        }
        if (indexes.values().stream().filter(SecondaryIndex::global).count() > MAX_GLOBAL_INDEXES) {
            throw DynamoDbException.of(studio.serverless.runner.dynamodb.engine.DynamoDbError.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: The number of global secondary indexes exceeds the limit of "
                            + MAX_GLOBAL_INDEXES);
        }
    }

    static SecondaryIndex index(IndexDefinition definition, Map<String, AttributeType> types, boolean global,
                                Map<String, SecondaryIndex> existing) {
        TableDefinitions.requireValidName(definition.indexName(), "indexName");
        if (existing.containsKey(definition.indexName())) {
            throw DynamoDbException.invalidParameter("Duplicate index name: " + definition.indexName());
        }
        KeySchema key = KeySchemaValidator.keySchema(definition.keySchema(), types);
        Projection projection = definition.projection() == null ? Projection.all() : definition.projection();
        if (projection.projectionType() != Projection.ProjectionType.INCLUDE
                && !projection.nonKeyAttributes().isEmpty()) {
            throw DynamoDbException.invalidParameter("ProjectionType is " + projection.projectionType()
                    + ", but NonKeyAttributes is specified");
        }
        return new SecondaryIndex(definition.indexName(), key, projection, global,
                definition.provisionedThroughput());
    }

    static ProvisionedThroughput throughput(BillingMode billing, ProvisionedThroughput throughput) {
        if (billing == BillingMode.PAY_PER_REQUEST) {
            if (throughput != null && (throughput.readCapacityUnits() > 0 || throughput.writeCapacityUnits() > 0)) {
                throw DynamoDbException.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified when BillingMode is PAY_PER_REQUEST");
            }
            return ProvisionedThroughput.ON_DEMAND;
        }
        if (throughput == null || throughput.readCapacityUnits() < 1 || throughput.writeCapacityUnits() < 1) {
            throw DynamoDbException.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be "
                    + "specified when BillingMode is PROVISIONED");
        }
        return throughput;
    }
}
