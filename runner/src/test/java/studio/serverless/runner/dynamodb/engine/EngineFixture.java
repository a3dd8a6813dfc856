package studio.serverless.runner.dynamodb.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Builds engines and items for the tests: a table "orders" keyed by pk (S) and sk (N). */
final class EngineFixture {
    static final String TABLE = "orders";

    final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    final DynamoDbEngine engine = DynamoDbEngine.inMemory(clock);

    EngineFixture withTable() {
        engine.createTable(CreateTableRequest.onDemand(TABLE,
                List.of(new AttributeDefinition("pk", AttributeType.S), new AttributeDefinition("sk", AttributeType.N)),
                List.of(new KeySchemaElement("pk", KeySchemaElement.KeyType.HASH),
                        new KeySchemaElement("sk", KeySchemaElement.KeyType.RANGE))));
        return this;
    }

    static Map<String, AttributeValue> item(Object... pairs) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            item.put((String) pairs[i], value instanceof AttributeValue attribute ? attribute
                    : value instanceof Number number ? AttributeValue.n(number.toString())
                    : AttributeValue.s((String) value));
        }
        return item;
    }

    static Map<String, AttributeValue> key(String pk, int sk) {
        return item("pk", pk, "sk", sk);
    }

    void put(Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest(TABLE, item, WriteOptions.NONE));
    }

    Map<String, AttributeValue> get(String pk, int sk) {
        return engine.getItem(new GetItemRequest(TABLE, key(pk, sk), null, null)).attributes();
    }

    /** A clock the tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
