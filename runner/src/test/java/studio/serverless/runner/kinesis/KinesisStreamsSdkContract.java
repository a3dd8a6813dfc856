package studio.serverless.runner.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * What a producer and a consumer written with the real AWS SDK for Java v2 rely on, run once per encoding the SDK
 * can speak (the subclasses): streams and shards, puts, every shard iterator type, GetRecords paging.
 */
abstract class KinesisStreamsSdkContract {

    final KinesisTestCloud local;
    final KinesisClient kinesis;
    private final String expectedContentType;

    KinesisStreamsSdkContract(boolean cbor) {
        local = new KinesisTestCloud(cbor);
        kinesis = local.kinesis;
        expectedContentType = cbor ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1";
    }

    @AfterEach
    void everyRequestWasSentInTheEncodingUnderTest() {
        local.close();
        assertFalse(local.sentContentTypes.isEmpty());
        local.sentContentTypes.forEach(type -> assertEquals(expectedContentType, type));
    }

    String provisioned(int shards) {
        String name = KinesisTestCloud.unique("s");
        kinesis.createStream(b -> b.streamName(name).shardCount(shards));
        return name;
    }

    @Test
    void aCreatedStreamIsActiveAtOnceWithShardsSplittingTheHashKeySpaceAsAwsDoes() {
        String name = provisioned(3);

        StreamDescription stream = kinesis.describeStream(b -> b.streamName(name)).streamDescription();

        assertEquals(StreamStatus.ACTIVE, stream.streamStatus());
        assertEquals(StreamMode.PROVISIONED, stream.streamModeDetails().streamMode());
        assertEquals("arn:aws:kinesis:us-east-1:000000000000:stream/" + name, stream.streamARN());
        assertEquals(24, stream.retentionPeriodHours());
        assertEquals(local.clock.instant(), stream.streamCreationTimestamp());
        assertEquals(List.of("shardId-000000000000", "shardId-000000000001", "shardId-000000000002"),
                stream.shards().stream().map(Shard::shardId).toList());
        // AWS's split of a new three-shard stream
        assertEquals("113427455640312821154458202477256070484", stream.shards().get(0).hashKeyRange().endingHashKey());
        assertEquals("113427455640312821154458202477256070485",
                stream.shards().get(1).hashKeyRange().startingHashKey());
        assertEquals("340282366920938463463374607431768211455", stream.shards().get(2).hashKeyRange().endingHashKey());
        assertTrue(stream.shards().get(0).sequenceNumberRange().startingSequenceNumber().matches("49\\d{54}"));
    }

    @Test
    void anOnDemandStreamStartsWithFourShardsAndIsListedWithItsMode() {
        String name = KinesisTestCloud.unique("od");
        kinesis.createStream(b -> b.streamName(name).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

        var summary = kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary();
        var listed = kinesis.listStreams(b -> b.limit(10));

        assertEquals(4, summary.openShardCount());
        assertEquals(StreamMode.ON_DEMAND, summary.streamModeDetails().streamMode());
        assertEquals(List.of(name), listed.streamNames());
        assertEquals(StreamMode.ON_DEMAND, listed.streamSummaries().get(0).streamModeDetails().streamMode());
        assertEquals(4, kinesis.listShards(b -> b.streamName(name)).shards().size());
    }

    @Test
    void recordsAreReadBackInOrderWithTheirBytesPartitionKeysAndArrivalTimes() {
        String name = provisioned(1);
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        String first = kinesis.putRecord(b -> b.streamName(name).partitionKey("a")
                .data(SdkBytes.fromByteArray(everyByte))).sequenceNumber();
        local.clock.advance(Duration.ofSeconds(3));
        String second = kinesis.putRecord(b -> b.streamName(name).partitionKey("b")
                .data(SdkBytes.fromUtf8String("{\"n\":2}"))).sequenceNumber();

        List<Record> records = read(name, "shardId-000000000000", ShardIteratorType.TRIM_HORIZON, null);

        assertEquals(List.of(first, second), records.stream().map(Record::sequenceNumber).toList());
        assertTrue(new BigInteger(second).compareTo(new BigInteger(first)) > 0);
        assertEquals(SdkBytes.fromByteArray(everyByte), records.get(0).data());
        assertEquals("{\"n\":2}", records.get(1).data().asUtf8String());
        assertEquals(List.of("a", "b"), records.stream().map(Record::partitionKey).toList());
        assertEquals(local.clock.instant().minusSeconds(3), records.get(0).approximateArrivalTimestamp());
        assertEquals(local.clock.instant(), records.get(1).approximateArrivalTimestamp());
    }

    @Test
    void aRecordGoesToTheShardWhoseHashKeyRangeHoldsItsKey() throws Exception {
        String name = provisioned(4);
        List<Shard> shards = kinesis.listShards(b -> b.streamName(name)).shards();
        for (String key : List.of("alpha", "beta", "gamma", "delta", "epsilon")) {
            BigInteger md5 = new BigInteger(1, java.security.MessageDigest.getInstance("MD5")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            String shard = kinesis.putRecord(b -> b.streamName(name).partitionKey(key)
                    .data(SdkBytes.fromUtf8String(key))).shardId();

            assertEquals(shardHolding(shards, md5), shard, key);
        }
        String explicit = kinesis.putRecord(b -> b.streamName(name).partitionKey("alpha").explicitHashKey("0")
                .data(SdkBytes.fromUtf8String("x"))).shardId();
        assertEquals("shardId-000000000000", explicit);
    }

    @Test
    void putRecordsAnswersEveryEntryInOrderWithNoneFailed() {
        String name = provisioned(2);
        List<PutRecordsRequestEntry> entries = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> PutRecordsRequestEntry.builder().partitionKey("key" + i)
                        .data(SdkBytes.fromUtf8String("record " + i)).build()).toList();

        PutRecordsResponse response = kinesis.putRecords(b -> b.streamName(name).records(entries));

        assertEquals(0, response.failedRecordCount());
        assertEquals(20, response.records().size());
        response.records().forEach(entry -> assertTrue(entry.errorCode() == null && entry.sequenceNumber() != null));
        int read = read(name, "shardId-000000000000", ShardIteratorType.TRIM_HORIZON, null).size()
                + read(name, "shardId-000000000001", ShardIteratorType.TRIM_HORIZON, null).size();
        assertEquals(20, read);
    }

    List<Record> read(String stream, String shard, ShardIteratorType type, String sequenceNumber) {
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(shard).shardIteratorType(type)
                .startingSequenceNumber(sequenceNumber)).shardIterator();
        return kinesis.getRecords(b -> b.shardIterator(iterator)).records();
    }

    private static String shardHolding(List<Shard> shards, BigInteger hashKey) {
        return shards.stream().filter(shard -> new BigInteger(shard.hashKeyRange().startingHashKey())
                .compareTo(hashKey) <= 0
                && hashKey.compareTo(new BigInteger(shard.hashKeyRange().endingHashKey())) <= 0)
                .findFirst().orElseThrow().shardId();
    }
}
