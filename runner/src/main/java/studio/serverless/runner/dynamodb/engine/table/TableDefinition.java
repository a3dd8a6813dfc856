package studio.serverless.runner.dynamodb.engine.table;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/**
 * A validated, immutable table definition; changes produce a new definition.
 *
 * @param name                 the table name
 * @param tableArn             its ARN
 * @param tableId              its UUID
 * @param creationDateTime     when it was created
 * @param attributeTypes       key attribute name to type, for the table and its indexes
 * @param keySchema            the table key
 * @param indexes              secondary indexes by name
 * @param billingMode          billing
 * @param throughput           provisioned capacity (zero when on demand)
 * @param stream               stream setting
 * @param streamLabel          label of the current stream, or null
 * @param timeToLiveAttribute  the TTL attribute when TTL is enabled, or null
 */
public record TableDefinition(String name, String tableArn, String tableId, Instant creationDateTime,
                              Map<String, AttributeType> attributeTypes, KeySchema keySchema,
                              Map<String, SecondaryIndex> indexes, BillingMode billingMode,
                              ProvisionedThroughput throughput, StreamSpecification stream, String streamLabel,
                              String timeToLiveAttribute) {
    /** Copies the maps. */
    public TableDefinition {
        attributeTypes = Map.copyOf(attributeTypes);
        indexes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indexes));
    }

    /** @return the index with that name */
    public Optional<SecondaryIndex> index(String indexName) {
        return Optional.ofNullable(indexes.get(indexName));
    }

    /** @return the secondary indexes, global or local */
    public List<SecondaryIndex> indexes(boolean global) {
        return indexes.values().stream().filter(index -> index.global() == global).toList();
    }

    /** @return the stream ARN, or null when the table never had a stream */
    public String streamArn() {
        return streamLabel == null ? null : tableArn + "/stream/" + streamLabel;
    }

    /** @return a copy with another stream setting and label */
    public TableDefinition withStream(StreamSpecification newStream, String newLabel) {
        return new TableDefinition(name, tableArn, tableId, creationDateTime, attributeTypes, keySchema, indexes,
                billingMode, throughput, newStream, newLabel, timeToLiveAttribute);
    }

    /** @return a copy with TTL on the attribute, or off when null */
    public TableDefinition withTimeToLive(String attribute) {
        return new TableDefinition(name, tableArn, tableId, creationDateTime, attributeTypes, keySchema, indexes,
                billingMode, throughput, stream, streamLabel, attribute);
    }

    /** @return a copy with other key types, indexes, billing and capacity */
    public TableDefinition withSchema(Map<String, AttributeType> types, Map<String, SecondaryIndex> newIndexes,
                                      BillingMode newBilling, ProvisionedThroughput newThroughput) {
        return new TableDefinition(name, tableArn, tableId, creationDateTime, types, keySchema, newIndexes,
                newBilling, newThroughput, stream, streamLabel, timeToLiveAttribute);
    }
}
