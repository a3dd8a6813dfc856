package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** S3 object tagging through the real AWS SDK v2 client: x-amz-tagging on writes and Put/Get/DeleteObjectTagging. */
class S3ObjectTaggingSdkTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private final S3Client s3 = CLOUD.s3;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private Map<String, String> tags(String bucket, String key) {
        return s3.getObjectTagging(b -> b.bucket(bucket).key(key)).tagSet().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    @Test
    void tagsSentWithPutObjectAreReadBackAndCounted() {
        String bucket = CLOUD.newBucket();
        s3.putObject(b -> b.bucket(bucket).key("a.txt").tagging("team=data&note=a%20b%26c"),
                RequestBody.fromString("hello"));

        assertEquals(Map.of("team", "data", "note", "a b&c"), tags(bucket, "a.txt"));
        assertEquals(2, s3.getObject(b -> b.bucket(bucket).key("a.txt")).response().tagCount());
    }

    @Test
    void putObjectTaggingReplacesTheSetWithoutTouchingTheObject() {
        String bucket = CLOUD.newBucket();
        s3.putObject(b -> b.bucket(bucket).key("a.txt").tagging("old=1"), RequestBody.fromString("hello"));
        HeadObjectResponse before = s3.headObject(b -> b.bucket(bucket).key("a.txt"));

        s3.putObjectTagging(b -> b.bucket(bucket).key("a.txt").tagging(t -> t.tagSet(tag("new", "2"))));

        assertEquals(Map.of("new", "2"), tags(bucket, "a.txt"));
        HeadObjectResponse after = s3.headObject(b -> b.bucket(bucket).key("a.txt"));
        assertEquals(before.eTag(), after.eTag());
        assertEquals(before.lastModified(), after.lastModified());
    }

    @Test
    void deleteObjectTaggingLeavesAnEmptySet() {
        String bucket = CLOUD.newBucket();
        s3.putObject(b -> b.bucket(bucket).key("a.txt").tagging("old=1"), RequestBody.fromString("hello"));

        s3.deleteObjectTagging(b -> b.bucket(bucket).key("a.txt"));

        assertTrue(tags(bucket, "a.txt").isEmpty());
        assertEquals(null, s3.headObject(b -> b.bucket(bucket).key("a.txt")).sdkHttpResponse()
                .firstMatchingHeader("x-amz-tagging-count").orElse(null));
    }

    @Test
    void aCopyKeepsTheSourceTagsUnlessItsMetadataIsReplaced() {
        String bucket = CLOUD.newBucket();
        s3.putObject(b -> b.bucket(bucket).key("src").tagging("team=data"), RequestBody.fromString("hello"));

        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket).destinationKey("kept"));
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket).destinationKey("new")
                .metadataDirective(MetadataDirective.REPLACE).tagging("team=copy"));

        assertEquals(Map.of("team", "data"), tags(bucket, "kept"));
        assertEquals(Map.of("team", "copy"), tags(bucket, "new"));
    }

    @Test
    void aMissingObjectIsNoSuchKey() {
        String bucket = CLOUD.newBucket();

        assertThrows(NoSuchKeyException.class, () -> tags(bucket, "missing"));
    }

    @Test
    void moreThanTenTagsOrBadTagsAreInvalidTag() {
        String bucket = CLOUD.newBucket();
        s3.putObject(b -> b.bucket(bucket).key("a.txt"), RequestBody.fromString("hello"));
        List<Tag> eleven = IntStream.range(0, 11).mapToObj(i -> tag("k" + i, "v")).toList();

        for (List<Tag> bad : List.of(eleven, List.of(tag("aws:x", "v")), List.of(tag("k", "v".repeat(257))))) {
            S3Exception refused = assertThrows(S3Exception.class, () -> s3.putObjectTagging(b -> b.bucket(bucket)
                    .key("a.txt").tagging(t -> t.tagSet(bad))));
            assertEquals("InvalidTag", refused.awsErrorDetails().errorCode());
        }
        S3Exception refused = assertThrows(S3Exception.class, () -> s3.putObject(b -> b.bucket(bucket).key("b.txt")
                .tagging("a=1&a=2"), RequestBody.fromString("x")));
        assertEquals("InvalidTag", refused.awsErrorDetails().errorCode());
        assertTrue(tags(bucket, "a.txt").isEmpty());
    }
}
