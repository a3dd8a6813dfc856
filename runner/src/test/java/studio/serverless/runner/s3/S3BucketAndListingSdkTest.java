package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Buckets, DeleteObjects and listings (v2 and v1) through the real AWS SDK v2. */
class S3BucketAndListingSdkTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void bucketsAreCreatedListedCheckedAndDeleted() {
        String bucket = CLOUD.newBucket();
        assertTrue(CLOUD.s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)));
        CLOUD.s3.headBucket(b -> b.bucket(bucket));
        assertThrows(BucketAlreadyOwnedByYouException.class, () -> CLOUD.s3.createBucket(b -> b.bucket(bucket)));
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x"));
        S3Exception notEmpty = assertThrows(S3Exception.class, () -> CLOUD.s3.deleteBucket(b -> b.bucket(bucket)));
        assertEquals(409, notEmpty.statusCode());
        assertEquals("BucketNotEmpty", notEmpty.awsErrorDetails().errorCode());
        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("k"));
        CLOUD.s3.deleteBucket(b -> b.bucket(bucket));
        assertThrows(NoSuchBucketException.class, () -> CLOUD.s3.headBucket(b -> b.bucket(bucket)));
        NoSuchBucketException missing = assertThrows(NoSuchBucketException.class,
                () -> CLOUD.s3.listObjectsV2(b -> b.bucket(bucket)));
        assertEquals("The specified bucket does not exist", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void bucketsReportTheirRegionAndNoVersioning() {
        String bucket = CLOUD.newBucket();
        assertNull(CLOUD.s3.getBucketVersioning(b -> b.bucket(bucket)).status());
        assertEquals("", CLOUD.s3.getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString());
    }

    @Test
    void deleteObjectsReportsEachKeyUnlessQuiet() {
        String bucket = CLOUD.newBucket();
        for (String key : List.of("a", "b", "c")) {
            CLOUD.s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
        }
        DeleteObjectsResponse verbose = CLOUD.s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder()
                .objects(ObjectIdentifier.builder().key("a").build(), ObjectIdentifier.builder().key("zz").build())
                .build()));
        assertEquals(List.of("a", "zz"), verbose.deleted().stream().map(d -> d.key()).toList());
        DeleteObjectsResponse quiet = CLOUD.s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder()
                .objects(ObjectIdentifier.builder().key("b").build()).quiet(true).build()));
        assertTrue(quiet.deleted().isEmpty());
        assertEquals(List.of("c"), keys(CLOUD.s3.listObjectsV2(b -> b.bucket(bucket))));
    }

    @Test
    void delimiterRollsKeysUpIntoCommonPrefixes() {
        String bucket = bucketWith("photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2025/c.jpg", "photos/top.jpg",
                "readme.md");
        ListObjectsV2Response page = CLOUD.s3.listObjectsV2(b -> b.bucket(bucket).prefix("photos/").delimiter("/"));
        assertEquals(List.of("photos/top.jpg"), keys(page));
        assertEquals(List.of("photos/2024/", "photos/2025/"),
                page.commonPrefixes().stream().map(CommonPrefix::prefix).toList());
        assertEquals(3, page.keyCount());
        assertFalse(page.isTruncated());
    }

    @Test
    void continuationTokensWalkEveryKeyOnce() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(String.format("k%03d", i));
        }
        String bucket = bucketWith(all.toArray(String[]::new));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListObjectsV2Response page = CLOUD.s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(10)
                    .continuationToken(current));
            seen.addAll(keys(page));
            token = page.nextContinuationToken();
            assertEquals(page.isTruncated(), token != null);
        } while (token != null);
        assertEquals(all, seen);
        assertEquals(all, CLOUD.s3.listObjectsV2Paginator(b -> b.bucket(bucket).maxKeys(7)).contents().stream()
                .map(S3Object::key).toList());
        assertEquals(List.of("k023", "k024"), keys(CLOUD.s3.listObjectsV2(b -> b.bucket(bucket).startAfter("k022"))));
    }

    @Test
    void listingV1PagesWithMarkers() {
        String bucket = bucketWith("a", "b", "c");
        ListObjectsResponse first = CLOUD.s3.listObjects(b -> b.bucket(bucket).maxKeys(2));
        assertEquals(List.of("a", "b"), first.contents().stream().map(S3Object::key).toList());
        assertTrue(first.isTruncated());
        ListObjectsResponse second = CLOUD.s3.listObjects(b -> b.bucket(bucket).marker(first.nextMarker()));
        assertEquals(List.of("c"), second.contents().stream().map(S3Object::key).toList());
        assertFalse(second.isTruncated());
        assertNull(second.nextMarker());
    }

    @Test
    void urlEncodingTypeRoundTripsOddKeys() {
        String bucket = bucketWith("with space/and+plus&amp.txt");
        ListObjectsV2Response page = CLOUD.s3.listObjectsV2(b -> b.bucket(bucket).encodingType(EncodingType.URL));
        assertEquals(List.of("with space/and+plus&amp.txt"), keys(page));
        assertEquals(EncodingType.URL, page.encodingType());
    }

    @Test
    void aNegativeMaxKeysIsInvalidArgument() {
        String bucket = CLOUD.newBucket();
        S3Exception error = assertThrows(S3Exception.class, () -> CLOUD.s3.listObjectsV2(b -> b.bucket(bucket)
                .maxKeys(-1)));
        assertEquals("InvalidArgument", error.awsErrorDetails().errorCode());
    }

    private static String bucketWith(String... keys) {
        String bucket = CLOUD.newBucket();
        for (String key : keys) {
            CLOUD.s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
        }
        return bucket;
    }

    private static List<String> keys(ListObjectsV2Response page) {
        return page.contents().stream().map(S3Object::key).toList();
    }
}
