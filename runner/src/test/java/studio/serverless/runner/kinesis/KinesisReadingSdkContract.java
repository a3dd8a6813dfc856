package studio.serverless.runner.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Reading with every shard iterator type, GetRecords' limit, lag and paging, and iterator expiry. */
abstract class KinesisReadingSdkContract extends KinesisStreamsSdkContract {

    private static final String SHARD = "shardId-000000000000";

    KinesisReadingSdkContract(boolean cbor) {
        super(cbor);
    }

    private List<String> put(String stream, String... values) {
        List<String> sequenceNumbers = new ArrayList<>();
        for (String value : values) {
            sequenceNumbers.add(kinesis.putRecord(b -> b.streamName(stream).partitionKey("k")
                    .data(SdkBytes.fromUtf8String(value))).sequenceNumber());
            local.clock.advance(Duration.ofSeconds(1));
        }
        return sequenceNumbers;
    }

    private static List<String> values(List<Record> records) {
        return records.stream().map(record -> record.data().asUtf8String()).toList();
    }

    @Test
    void latestIteratorSeesOnlyRecordsPutAfterIt() {
        String stream = provisioned(1);
        put(stream, "old");
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(SHARD)
                .shardIteratorType(ShardIteratorType.LATEST)).shardIterator();
        put(stream, "new");

        assertEquals(List.of("new"), values(kinesis.getRecords(b -> b.shardIterator(iterator)).records()));
    }

    @Test
    void sequenceNumberIteratorsStartAtOrJustAfterTheirRecord() {
        String stream = provisioned(1);
        List<String> numbers = put(stream, "one", "two", "three");

        assertEquals(List.of("two", "three"),
                values(read(stream, SHARD, ShardIteratorType.AT_SEQUENCE_NUMBER, numbers.get(1))));
        assertEquals(List.of("three"),
                values(read(stream, SHARD, ShardIteratorType.AFTER_SEQUENCE_NUMBER, numbers.get(1))));
    }

    @Test
    void atTimestampIteratorStartsAtTheFirstRecordThatArrivedThen() {
        String stream = provisioned(1);
        Instant start = local.clock.instant();
        put(stream, "one", "two", "three");
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(SHARD)
                .shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(start.plusMillis(500))).shardIterator();

        assertEquals(List.of("two", "three"), values(kinesis.getRecords(b -> b.shardIterator(iterator)).records()));
    }

    @Test
    void getRecordsPagesByLimitAndReportsHowFarBehindTheTipItIs() {
        String stream = provisioned(1);
        put(stream, "one", "two", "three");
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(SHARD)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();

        GetRecordsResponse first = kinesis.getRecords(b -> b.shardIterator(iterator).limit(2));
        GetRecordsResponse second = kinesis.getRecords(b -> b.shardIterator(first.nextShardIterator()).limit(2));
        GetRecordsResponse caughtUp = kinesis.getRecords(b -> b.shardIterator(second.nextShardIterator()));

        assertEquals(List.of("one", "two"), values(first.records()));
        assertEquals(1000, first.millisBehindLatest()); // "three" arrived 1 s before now
        assertEquals(List.of("three"), values(second.records()));
        assertEquals(0, second.millisBehindLatest());
        assertTrue(caughtUp.records().isEmpty());
        assertFalse(caughtUp.nextShardIterator().isEmpty());
    }

    @Test
    void anIteratorExpiresFiveMinutesAfterItWasIssued() {
        String stream = provisioned(1);
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(SHARD)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        local.clock.advance(Duration.ofMinutes(5));
        kinesis.getRecords(b -> b.shardIterator(iterator));
        local.clock.advance(Duration.ofSeconds(1));

        ExpiredIteratorException expired = assertThrows(ExpiredIteratorException.class,
                () -> kinesis.getRecords(b -> b.shardIterator(iterator)));

        assertTrue(expired.awsErrorDetails().errorMessage().startsWith("Iterator expired."),
                expired.awsErrorDetails().errorMessage());
    }

    @Test
    void recordsOlderThanTheRetentionPeriodAreNoLongerRead() {
        String stream = provisioned(1);
        put(stream, "old");
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName(stream).retentionPeriodHours(48));
        local.clock.advance(Duration.ofHours(30));
        put(stream, "new");
        assertEquals(List.of("old", "new"), values(read(stream, SHARD, ShardIteratorType.TRIM_HORIZON, null)));

        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName(stream).retentionPeriodHours(24));

        assertEquals(List.of("new"), values(read(stream, SHARD, ShardIteratorType.TRIM_HORIZON, null)));
        assertEquals(24, kinesis.describeStreamSummary(b -> b.streamName(stream)).streamDescriptionSummary()
                .retentionPeriodHours());
    }
}
