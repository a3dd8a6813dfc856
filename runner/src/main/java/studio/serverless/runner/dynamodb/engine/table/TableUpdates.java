package studio.serverless.runner.dynamodb.engine.table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/** Applies an UpdateTable request to a definition: GSIs added or deleted, billing and stream changed. */
public final class TableUpdates {
    private TableUpdates() {
    }

    /** @return the changed definition */
    public static TableDefinition apply(TableDefinition table, UpdateTableRequest request, Instant now) {
        Map<String, AttributeType> types = new LinkedHashMap<>(table.attributeTypes());
        types.putAll(TableDefinitions.types(request.attributeDefinitions()));
        Map<String, SecondaryIndex> indexes = new LinkedHashMap<>(table.indexes());
        for (String deleted : request.deleteIndexes()) {
            SecondaryIndex index = indexes.remove(deleted);
            if (index == null || !index.global()) {
                throw DynamoDbException.of(studio.serverless.runner.dynamodb.engine.DynamoDbError.RESOURCE_NOT_FOUND,
                        "Requested resource not found: Index: " + deleted + " not found");
            }
        }
        Indexes.addGlobal(request.createIndexes(), types, indexes);
        types.keySet().retainAll(usedAttributes(table.keySchema(), indexes));
        BillingMode billing = request.billingMode() == null ? table.billingMode() : request.billingMode();
        ProvisionedThroughput throughput = request.provisionedThroughput() == null && billing == table.billingMode()
                ? table.throughput() : Indexes.throughput(billing, request.provisionedThroughput());
        TableDefinition changed = table.withSchema(types, indexes, billing, throughput);
        return request.streamSpecification() == null ? changed : withStream(changed, request.streamSpecification(), now);
    }

    private static TableDefinition withStream(TableDefinition table, StreamSpecification requested, Instant now) {
        StreamSpecification stream = Streams.check(requested);
        if (stream.streamEnabled() && table.stream().streamEnabled()) {
            throw DynamoDbException.validation("Table already has an enabled stream: " + table.tableArn());
        }
        if (!stream.streamEnabled() && !table.stream().streamEnabled()) {
            throw DynamoDbException.validation("Table already has no stream: " + table.tableArn());
        }
        return table.withStream(stream, stream.streamEnabled() ? Streams.label(now) : table.streamLabel());
    }

    private static java.util.Set<String> usedAttributes(KeySchema key, Map<String, SecondaryIndex> indexes) {
        java.util.Set<String> used = new java.util.HashSet<>(key.attributeNames());
        indexes.values().forEach(index -> used.addAll(index.keySchema().attributeNames()));
        return used;
    }
}
