package studio.serverless.runner.kinesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.Tag;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** AWS's errors as the SDK raises them, addressing by ARN, paging, and tags. */
abstract class KinesisErrorsSdkContract extends KinesisReadingSdkContract {

    KinesisErrorsSdkContract(boolean cbor) {
        super(cbor);
    }

    private static void assertError(Class<? extends KinesisException> type, String message, Executable call) {
        KinesisException error = assertThrows(type, call);
        assertEquals(400, error.statusCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
    }

    @Test
    void aMissingStreamIsResourceNotFoundAsAwsWordsIt() {
        assertError(ResourceNotFoundException.class, "Stream nope under account 000000000000 not found.",
                () -> kinesis.describeStream(b -> b.streamName("nope")));
        assertError(ResourceNotFoundException.class, "Stream nope under account 000000000000 not found.",
                () -> kinesis.putRecord(b -> b.streamName("nope").partitionKey("k").data(SdkBytes.fromUtf8String(""))));
    }

    @Test
    void creatingAStreamTwiceIsResourceInUse() {
        String stream = provisioned(1);

        assertError(ResourceInUseException.class, "Stream " + stream + " under account 000000000000 already exists.",
                () -> kinesis.createStream(b -> b.streamName(stream).shardCount(1)));
    }

    @Test
    void membersBreakingTheApiModelAreValidationErrors() {
        String stream = provisioned(1);

        assertThrows(ValidationException.class,
                () -> kinesis.createStream(b -> b.streamName("no spaces").shardCount(1)));
        assertThrows(ValidationException.class, () -> kinesis.putRecord(b -> b.streamName(stream)
                .partitionKey("k".repeat(257)).data(SdkBytes.fromUtf8String("x"))));
        assertThrows(ValidationException.class, () -> kinesis.putRecord(b -> b.streamName(stream).partitionKey("k")
                .data(SdkBytes.fromByteArray(new byte[1024 * 1024 + 1]))));
        assertError(InvalidArgumentException.class, "Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                + "[0, 2^128-1]. Specified value was 340282366920938463463374607431768211456",
                () -> kinesis.putRecord(b -> b.streamName(stream).partitionKey("k")
                        .explicitHashKey("340282366920938463463374607431768211456").data(SdkBytes.fromUtf8String(""))));
    }

    @Test
    void aMissingShardOrAForeignIteratorIsRefused() {
        String stream = provisioned(1);

        assertError(ResourceNotFoundException.class, "Shard shardId-000000000009 in stream " + stream
                + " under account 000000000000 does not exist", () -> kinesis.getShardIterator(b -> b
                        .streamName(stream).shardId("shardId-000000000009")
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)));
        assertError(InvalidArgumentException.class, "Invalid ShardIterator.",
                () -> kinesis.getRecords(b -> b.shardIterator("not-an-iterator")));
        assertThrows(InvalidArgumentException.class, () -> kinesis.increaseStreamRetentionPeriod(b -> b
                .streamName(stream).retentionPeriodHours(12)));
    }

    @Test
    void aStreamCanBeNamedByItsArn() {
        String stream = provisioned(1);
        String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/" + stream;

        String shard = kinesis.putRecord(b -> b.streamARN(arn).partitionKey("k").data(SdkBytes.fromUtf8String("x")))
                .shardId();

        assertEquals("shardId-000000000000", shard);
        assertEquals(1, read(stream, shard, ShardIteratorType.TRIM_HORIZON, null).size());
    }

    @Test
    void streamsAndShardsArePagedThroughWithNextTokens() {
        List<String> names = List.of(provisioned(1), provisioned(1), provisioned(1)).stream().sorted().toList();
        String wide = provisioned(5);

        List<String> listed = kinesis.listStreamsPaginator(b -> b.limit(1)).streamNames().stream().toList();
        List<String> shards = new java.util.ArrayList<>();
        var page = kinesis.listShards(b -> b.streamName(wide).maxResults(2));
        while (true) {
            page.shards().forEach(shard -> shards.add(shard.shardId()));
            String token = page.nextToken();
            if (token == null) {
                break;
            }
            page = kinesis.listShards(b -> b.nextToken(token).maxResults(2));
        }

        assertTrue(listed.containsAll(names) && listed.size() == 4, listed.toString());
        assertEquals(5, shards.size());
        assertEquals("shardId-000000000004", shards.get(4));
    }

    @Test
    void tagsAreAddedListedInKeyOrderAndRemoved() {
        String stream = provisioned(1);
        kinesis.addTagsToStream(b -> b.streamName(stream).tags(Map.of("team", "data", "env", "dev", "cost", "42")));
        kinesis.removeTagsFromStream(b -> b.streamName(stream).tagKeys("cost"));

        List<Tag> tags = kinesis.listTagsForStream(b -> b.streamName(stream)).tags();

        assertEquals(List.of(Tag.builder().key("env").value("dev").build(),
                Tag.builder().key("team").value("data").build()), tags);
    }

    @Test
    void aDeletedStreamIsGone() {
        String stream = provisioned(1);

        kinesis.deleteStream(b -> b.streamName(stream));

        assertThrows(ResourceNotFoundException.class, () -> kinesis.describeStreamSummary(b -> b.streamName(stream)));
    }
}
