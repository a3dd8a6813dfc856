package studio.serverless.bench;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB: a mix of 40% PutItem, 40% GetItem and 20% Query (a partition of up to 20 items, the first 10) on a
 * table with a string partition key and a number sort key; items carry ~200 bytes of attributes.
 */
final class DynamoDbWorkload implements Workload {

    private static final String TABLE = "bench";
    private static final int PARTITIONS = 500;
    private static final int ITEMS_PER_PARTITION = 20;
    private static final String PAYLOAD = "x".repeat(160);

    private final DynamoDbClient dynamoDb;

    DynamoDbWorkload(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Override
    public void setUp() {
        dynamoDb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
        for (long i = 0; i < PARTITIONS * 2L; i++) {
            put(i);
        }
    }

    @Override
    public void operation(int thread, long sequence) {
        long key = sequence * 31 + thread;
        switch ((int) (sequence % 5)) {
            case 0, 1 -> put(key);
            case 2, 3 -> dynamoDb.getItem(b -> b.tableName(TABLE).key(key(key)));
            default -> dynamoDb.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(key)))).limit(10));
        }
    }

    private void put(long key) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(key));
        item.put("status", AttributeValue.fromS(key % 2 == 0 ? "OPEN" : "CLOSED"));
        item.put("amount", AttributeValue.fromN(Long.toString(key % 1000)));
        item.put("payload", AttributeValue.fromS(PAYLOAD));
        dynamoDb.putItem(b -> b.tableName(TABLE).item(item));
    }

    private static Map<String, AttributeValue> key(long key) {
        return Map.of("pk", AttributeValue.fromS(partition(key)),
                "sk", AttributeValue.fromN(Long.toString(key % ITEMS_PER_PARTITION)));
    }

    private static String partition(long key) {
        return "customer-" + (key / ITEMS_PER_PARTITION) % PARTITIONS;
    }

    @Override
    public String description() {
        return "DynamoDB 40% put / 40% get / 20% query";
    }

    @Override
    public void close() {
        dynamoDb.close();
    }
}
