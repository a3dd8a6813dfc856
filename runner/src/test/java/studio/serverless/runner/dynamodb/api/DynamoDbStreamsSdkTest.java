package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.key;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.string;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** DynamoDB Streams through the real DynamoDbStreamsClient: the four view types, iterators, disabled streams. */
class DynamoDbStreamsSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private final DynamoDbStreamsClient streams = CLOUD.streams;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Map<String, AttributeValue> item(String value) {
        return Map.of("pk", AttributeValue.fromS("k"), "v", AttributeValue.fromS(value));
    }

    /** Creates a table with a stream of that view type and writes an insert, a modify and a remove. */
    private static String tableWithChanges(StreamViewType view) {
        String name = "s-" + UUID.randomUUID();
        String arn = CLOUD.dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk")).keySchema(key("pk", KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)))
                .tableDescription().latestStreamArn();
        CLOUD.dynamodb.putItem(b -> b.tableName(name).item(item("one")));
        CLOUD.dynamodb.putItem(b -> b.tableName(name).item(item("two")));
        CLOUD.dynamodb.deleteItem(b -> b.tableName(name).key(Map.of("pk", AttributeValue.fromS("k"))));
        return arn;
    }

    private List<Record> readAll(String streamArn, ShardIteratorType type, String sequenceNumber) {
        String shard = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0)
                .shardId();
        String iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
        return streams.getRecords(b -> b.shardIterator(iterator)).records();
    }

    @ParameterizedTest
    @EnumSource(StreamViewType.class)
    void recordsCarryTheImagesTheViewTypeAsksFor(StreamViewType view) {
        if (view == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
            return;
        }
        List<Record> records = readAll(tableWithChanges(view), ShardIteratorType.TRIM_HORIZON, null);

        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                records.stream().map(Record::eventName).toList());
        Record modify = records.get(1);
        boolean newImage = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean oldImage = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        assertEquals(newImage ? item("two") : Map.of(), modify.dynamodb().newImage());
        assertEquals(oldImage ? item("one") : Map.of(), modify.dynamodb().oldImage());
        assertEquals(Map.of("pk", AttributeValue.fromS("k")), modify.dynamodb().keys());
        assertEquals(view, modify.dynamodb().streamViewType());
        assertEquals("aws:dynamodb", modify.eventSource());
        assertEquals("us-east-1", modify.awsRegion());
    }

    @Test
    void iteratorsStartAtTheAskedPosition() {
        String arn = tableWithChanges(StreamViewType.KEYS_ONLY);
        List<Record> all = readAll(arn, ShardIteratorType.TRIM_HORIZON, null);
        String second = all.get(1).dynamodb().sequenceNumber();

        assertEquals(all.subList(1, 3), readAll(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second));
        assertEquals(all.subList(2, 3), readAll(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second));
        assertTrue(readAll(arn, ShardIteratorType.LATEST, null).isEmpty());
    }

    @Test
    void streamsAreListedAndDescribedAndADisabledStreamClosesItsShard() {
        String arn = tableWithChanges(StreamViewType.NEW_IMAGE);
        String table = arn.substring(arn.indexOf("table/") + 6, arn.indexOf("/stream/"));
        assertEquals(List.of(arn), streams.listStreams(b -> b.tableName(table)).streams().stream()
                .map(s -> s.streamArn()).toList());
        StreamDescription described = streams.describeStream(b -> b.streamArn(arn)).streamDescription();
        assertEquals(StreamStatus.ENABLED, described.streamStatus());
        assertEquals(table, described.tableName());
        assertEquals(List.of(key("pk", KeyType.HASH)), described.keySchema());

        CLOUD.dynamodb.updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
        StreamDescription disabled = streams.describeStream(b -> b.streamArn(arn)).streamDescription();
        assertEquals(StreamStatus.DISABLED, disabled.streamStatus());
        assertFalse(disabled.shards().get(0).sequenceNumberRange().endingSequenceNumber().isEmpty());
        String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(disabled.shards().get(0).shardId())
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        var page = streams.getRecords(b -> b.shardIterator(iterator));
        assertEquals(3, page.records().size());
        assertNull(page.nextShardIterator());
    }

    @Test
    void reEnablingAStreamStartsANewOneAndTheOldStaysListedAsDisabled() {
        String oldArn = tableWithChanges(StreamViewType.KEYS_ONLY);
        String table = oldArn.substring(oldArn.indexOf("table/") + 6, oldArn.indexOf("/stream/"));
        CLOUD.dynamodb.updateTable(b -> b.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
        CLOUD.clock.advance(java.time.Duration.ofSeconds(1));
        String newArn = CLOUD.dynamodb.updateTable(b -> b.tableName(table).streamSpecification(s -> s
                .streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))).tableDescription().latestStreamArn();
        CLOUD.dynamodb.putItem(b -> b.tableName(table).item(item("three")));

        assertEquals(List.of(oldArn, newArn), streams.listStreams(b -> b.tableName(table)).streams().stream()
                .map(s -> s.streamArn()).toList());
        assertEquals(StreamStatus.DISABLED, streams.describeStream(b -> b.streamArn(oldArn)).streamDescription()
                .streamStatus());
        assertEquals(3, readAll(oldArn, ShardIteratorType.TRIM_HORIZON, null).size());
        assertEquals(List.of(item("three")), readAll(newArn, ShardIteratorType.TRIM_HORIZON, null).stream()
                .map(r -> r.dynamodb().newImage()).toList());
    }

    @Test
    void anItemExpiredByTimeToLiveIsRemovedByTheService() {
        String arn = tableWithChanges(StreamViewType.OLD_IMAGE);
        String table = arn.substring(arn.indexOf("table/") + 6, arn.indexOf("/stream/"));
        CLOUD.dynamodb.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.enabled(true)
                .attributeName("expiresAt")));
        long soon = CLOUD.clock.instant().getEpochSecond() + 60;
        CLOUD.dynamodb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("ttl"),
                "expiresAt", AttributeValue.fromN(String.valueOf(soon)))));
        CLOUD.clock.advance(java.time.Duration.ofMinutes(2));
        CLOUD.cloud.dynamoDb().expireItems();

        Record removal = readAll(arn, ShardIteratorType.TRIM_HORIZON, null).get(4);
        assertEquals(OperationType.REMOVE, removal.eventName());
        assertEquals("dynamodb.amazonaws.com", removal.userIdentity().principalId());
        assertEquals("Service", removal.userIdentity().type());
    }

    @Test
    void anUnknownStreamIsResourceNotFound() {
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/none/stream/2026-01-01T00:00:00.000";
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> streams.describeStream(b -> b.streamArn(arn)));
        assertEquals("Requested resource not found: Stream: " + arn + " not found",
                error.awsErrorDetails().errorMessage());
    }
}
