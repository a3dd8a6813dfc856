package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import studio.serverless.runner.LocalCloud;

/** S3 bucket tagging through the real AWS SDK v2 client: PutBucketTagging, GetBucketTagging, DeleteBucketTagging. */
class S3BucketTaggingSdkTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private final S3Client s3 = CLOUD.s3;

    @TempDir
    Path data;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Map<String, String> tags(S3Client s3, String bucket) {
        return s3.getBucketTagging(b -> b.bucket(bucket)).tagSet().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private static String errorCode(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(S3Exception.class, call).awsErrorDetails().errorCode();
    }

    @Test
    void aPutTagSetReplacesTheWholeSetAndIsReadBack() {
        String bucket = CLOUD.newBucket();
        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tag("team", "a"), tag("env", "dev"))));

        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tag("env", " prod "))));

        assertEquals(Map.of("env", " prod "), tags(s3, bucket));
    }

    @Test
    void aBucketWithoutTagsAnswersNoSuchTagSet() {
        String bucket = CLOUD.newBucket();
        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tag("team", "a"))));

        s3.deleteBucketTagging(b -> b.bucket(bucket));

        S3Exception error = assertThrows(S3Exception.class, () -> tags(s3, bucket));
        assertEquals("NoSuchTagSet", error.awsErrorDetails().errorCode());
        assertEquals(404, error.statusCode());
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        assertThrows(NoSuchBucketException.class, () -> s3.putBucketTagging(b -> b.bucket("no-such-bucket-tags")
                .tagging(t -> t.tagSet(tag("a", "b")))));
        assertThrows(NoSuchBucketException.class, () -> tags(s3, "no-such-bucket-tags"));
    }

    @Test
    void badTagSetsAreInvalidTagAndChangeNothing() {
        String bucket = CLOUD.newBucket();
        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(tag("kept", "yes"))));
        List<Tag> fiftyOne = IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).toList();

        for (List<Tag> bad : List.of(fiftyOne, List.of(tag("aws:x", "v")), List.of(tag("k".repeat(129), "v")),
                List.of(tag("k", "v".repeat(257))), List.of(tag("twice", "1"), tag("twice", "2")))) {
            assertEquals("InvalidTag", errorCode(() -> s3.putBucketTagging(b -> b.bucket(bucket)
                    .tagging(t -> t.tagSet(bad)))), bad.get(0).key());
        }
        assertEquals(Map.of("kept", "yes"), tags(s3, bucket));
    }

    @Test
    void bucketAndObjectTagsSurviveARestartWithADataFolder() {
        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data));
             S3Client client = S3TestCloud.base().endpointOverride(cloud.endpoint()).forcePathStyle(true).build()) {
            client.createBucket(b -> b.bucket("kept-tags"));
            client.putBucketTagging(b -> b.bucket("kept-tags").tagging(t -> t.tagSet(tag("team", "a"))));
            client.putObject(b -> b.bucket("kept-tags").key("o").tagging("kind=log"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("x"));
        }

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data));
             S3Client client = S3TestCloud.base().endpointOverride(cloud.endpoint()).forcePathStyle(true).build()) {
            assertEquals(Map.of("team", "a"), tags(client, "kept-tags"));
            assertEquals("log", client.getObjectTagging(b -> b.bucket("kept-tags").key("o")).tagSet().get(0).value());
        }
    }
}
