package studio.serverless.runner.dynamodb.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/** Extracts and validates primary keys, with AWS's messages for keys that do not match the schema. */
public final class Keys {
    /** Largest partition key value, in bytes. */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    /** Largest sort key value, in bytes. */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private Keys() {
    }

    /** @return the key of a Key parameter, which must hold exactly the key attributes with their types */
    public static PrimaryKey fromKey(TableDefinition table, Map<String, AttributeValue> key) {
        KeySchema schema = table.keySchema();
        if (key == null || key.size() != schema.attributeNames().size()) {
            throw DynamoDbException.validation("The provided key element does not match the schema");
        }
        for (String name : schema.attributeNames()) {
            AttributeValue value = key.get(name);
            if (value == null || value.type() != table.attributeTypes().get(name)) {
                throw DynamoDbException.validation("The provided key element does not match the schema");
            }
            requireNotEmpty(name, value);
            requireKeySize(value, name.equals(schema.partitionKey()));
        }
        return new PrimaryKey(key.get(schema.partitionKey()), schema.hasSortKey() ? key.get(schema.sortKey()) : null);
    }

    /** @return the key of an item to store, checking table and index key attributes as PutItem does */
    public static PrimaryKey fromItem(TableDefinition table, Map<String, AttributeValue> item) {
        for (String name : table.keySchema().attributeNames()) {
            AttributeValue value = item.get(name);
            AttributeType expected = table.attributeTypes().get(name);
            if (value == null) {
                throw DynamoDbException.invalidParameter("Missing the key " + name + " in the item");
            }
            if (value.type() != expected) {
                throw DynamoDbException.invalidParameter("Type mismatch for key " + name + " expected: " + expected
                        + " actual: " + value.type());
            }
            requireNotEmpty(name, value);
            requireKeySize(value, name.equals(table.keySchema().partitionKey()));
        }
        table.indexes().values().forEach(index -> requireIndexKeyTypes(table, index, item));
        KeySchema schema = table.keySchema();
        return new PrimaryKey(item.get(schema.partitionKey()), schema.hasSortKey() ? item.get(schema.sortKey()) : null);
    }

    /** @return the key attributes of an item, table key only */
    public static Map<String, AttributeValue> keyAttributes(KeySchema schema, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : schema.attributeNames()) {
            key.put(name, item.get(name));
        }
        return key;
    }

    private static void requireIndexKeyTypes(TableDefinition table, SecondaryIndex index,
                                             Map<String, AttributeValue> item) {
        for (String name : index.keySchema().attributeNames()) {
            AttributeValue value = item.get(name);
            AttributeType expected = table.attributeTypes().get(name);
            if (value != null && value.type() != expected) {
                throw DynamoDbException.invalidParameter("Type mismatch for Index Key " + name + " Expected: "
                        + expected + " Actual: " + value.type() + " IndexName: " + index.name());
            }
            if (value != null && isEmpty(value)) {
                throw DynamoDbException.validation("One or more parameter values are not valid. A value specified "
                        + "for a secondary index key is not supported. The AttributeValue for a key attribute "
                        + "cannot contain an empty string value. IndexName: " + index.name() + ", IndexKey: " + name);
            }
        }
    }

    private static void requireNotEmpty(String name, AttributeValue value) {
        if (isEmpty(value)) {
            String kind = value instanceof AttributeValue.S ? "string" : "binary";
            throw DynamoDbException.validation("One or more parameter values are not valid. The AttributeValue for "
                    + "a key attribute cannot contain an empty " + kind + " value. Key: " + name);
        }
    }

    /** AWS's limits: 2048 bytes for a partition key value, 1024 for a sort key value (numbers always fit). */
    private static void requireKeySize(AttributeValue value, boolean partition) {
        long size = value instanceof AttributeValue.N ? 0 : ItemSize.of(value);
        if (partition && size > MAX_PARTITION_KEY_BYTES) {
            throw DynamoDbException.invalidParameter("Size of hashkey has exceeded the maximum size limit of"
                    + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (!partition && size > MAX_SORT_KEY_BYTES) {
            throw DynamoDbException.invalidParameter("Aggregated size of all range keys has exceeded the size limit "
                    + "of " + MAX_SORT_KEY_BYTES + " bytes");
        }
    }

    private static boolean isEmpty(AttributeValue value) {
        return value instanceof AttributeValue.S s && s.value().isEmpty()
                || value instanceof AttributeValue.B b && b.value().length() == 0;
    }
}
