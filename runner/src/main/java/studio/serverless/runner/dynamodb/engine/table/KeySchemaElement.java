package studio.serverless.runner.dynamodb.engine.table;

/**
 * One element of a key schema, as on the wire.
 *
 * @param attributeName the key attribute
 * @param keyType       HASH (partition key) or RANGE (sort key)
 */
public record KeySchemaElement(String attributeName, KeyType keyType) {
    /** Partition or sort key. */
    public enum KeyType {
        /** The partition key. */ HASH,
        /** The sort key. */ RANGE
    }
}
