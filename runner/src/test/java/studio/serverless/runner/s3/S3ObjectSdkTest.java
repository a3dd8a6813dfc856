package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Objects through the real AWS SDK v2: put, get, head, copy, delete, metadata, ETags and checksums. */
class S3ObjectSdkTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void anObjectComesBackWithItsBytesMetadataAndMd5Etag() throws Exception {
        String bucket = CLOUD.newBucket();
        byte[] bytes = "hello, local cloud".getBytes(StandardCharsets.UTF_8);
        PutObjectResponse put = CLOUD.s3.putObject(b -> b.bucket(bucket).key("greetings/hello.txt")
                .contentType("text/plain").contentEncoding("identity").contentDisposition("attachment")
                .cacheControl("max-age=60").metadata(Map.of("Owner", "ada", "stage", "dev")),
                RequestBody.fromBytes(bytes));
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        assertEquals('"' + md5 + '"', put.eTag());

        ResponseBytes<GetObjectResponse> got = CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket)
                .key("greetings/hello.txt"));
        assertArrayEquals(bytes, got.asByteArray());
        GetObjectResponse response = got.response();
        assertEquals("text/plain", response.contentType());
        assertEquals("identity", response.contentEncoding());
        assertEquals("attachment", response.contentDisposition());
        assertEquals("max-age=60", response.cacheControl());
        assertEquals(Map.of("owner", "ada", "stage", "dev"), response.metadata());
        assertEquals(put.eTag(), response.eTag());
    }

    @Test
    void theSdksTrailingChecksumsAreValidatedAndReturned() {
        String bucket = CLOUD.newBucket();
        for (ChecksumAlgorithm algorithm : new ChecksumAlgorithm[] {ChecksumAlgorithm.CRC32,
            ChecksumAlgorithm.CRC32_C, ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256}) {
            String key = "sum-" + algorithm;
            PutObjectResponse put = CLOUD.s3.putObject(b -> b.bucket(bucket).key(key).checksumAlgorithm(algorithm),
                    RequestBody.fromString("checked " + algorithm));
            HeadObjectResponse head = CLOUD.s3.headObject(b -> b.bucket(bucket).key(key)
                    .checksumMode(ChecksumMode.ENABLED));
            String sent = switch (algorithm) {
                case CRC32 -> put.checksumCRC32();
                case CRC32_C -> put.checksumCRC32C();
                case SHA1 -> put.checksumSHA1();
                default -> put.checksumSHA256();
            };
            String stored = switch (algorithm) {
                case CRC32 -> head.checksumCRC32();
                case CRC32_C -> head.checksumCRC32C();
                case SHA1 -> head.checksumSHA1();
                default -> head.checksumSHA256();
            };
            assertTrue(sent != null && sent.equals(stored), algorithm + ": " + sent + " vs " + stored);
            assertEquals("checked " + algorithm, CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)
                    .checksumMode(ChecksumMode.ENABLED)).asUtf8String());
        }
    }

    @Test
    void aWrongContentMd5IsBadDigestAndNothingIsStored() {
        String bucket = CLOUD.newBucket();
        S3Exception error = assertThrows(S3Exception.class, () -> CLOUD.s3.putObject(b -> b.bucket(bucket)
                .key("k").contentMD5("1B2M2Y8AsgTpgAmY7PhCfg=="), RequestBody.fromString("not empty")));
        assertEquals(400, error.statusCode());
        assertEquals("BadDigest", error.awsErrorDetails().errorCode());
        assertThrows(NoSuchKeyException.class, () -> CLOUD.s3.headObject(b -> b.bucket(bucket).key("k")));
    }

    @Test
    void conditionalWritesRefuseToOverwriteOrToReplaceAChangedObject() {
        String bucket = CLOUD.newBucket();
        String etag = CLOUD.s3.putObject(b -> b.bucket(bucket).key("once").ifNoneMatch("*"),
                RequestBody.fromString("first")).eTag();
        S3Exception exists = assertThrows(S3Exception.class, () -> CLOUD.s3.putObject(b -> b.bucket(bucket)
                .key("once").ifNoneMatch("*"), RequestBody.fromString("second")));
        assertEquals(412, exists.statusCode());
        assertEquals("PreconditionFailed", exists.awsErrorDetails().errorCode());
        S3Exception changed = assertThrows(S3Exception.class, () -> CLOUD.s3.putObject(b -> b.bucket(bucket)
                .key("once").ifMatch("\"0123\""), RequestBody.fromString("third")));
        assertEquals(412, changed.statusCode());
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("once").ifMatch(etag), RequestBody.fromString("fourth"));
        assertEquals("fourth", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("once")).asUtf8String());
    }

    @Test
    void anEmptyObjectIsAnEmptyBody() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("empty"), RequestBody.empty());
        ResponseBytes<GetObjectResponse> got = CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("empty"));
        assertEquals(0, got.asByteArray().length);
        assertEquals(0L, got.response().contentLength());
        assertEquals("\"d41d8cd98f00b204e9800998ecf8427e\"", got.response().eTag());
        assertEquals(0L, CLOUD.s3.headObject(b -> b.bucket(bucket).key("empty")).contentLength());
    }

    @Test
    void rangesReturnThePartAskedFor() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("abc"), RequestBody.fromString("0123456789"));
        ResponseBytes<GetObjectResponse> middle = CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("abc")
                .range("bytes=2-5"));
        assertEquals("2345", middle.asUtf8String());
        assertEquals("bytes 2-5/10", middle.response().contentRange());
        assertEquals("789", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("abc").range("bytes=-3"))
                .asUtf8String());
        assertEquals("89", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("abc").range("bytes=8-"))
                .asUtf8String());
        S3Exception error = assertThrows(S3Exception.class, () -> CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket)
                .key("abc").range("bytes=10-")));
        assertEquals(416, error.statusCode());
        assertEquals("InvalidRange", error.awsErrorDetails().errorCode());
    }

    @Test
    void copyKeepsOrReplacesMetadata() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("src").contentType("text/csv").metadata(Map.of("a", "1")),
                RequestBody.fromString("a,b"));
        CLOUD.s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("kept"));
        CLOUD.s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("replaced").metadataDirective(MetadataDirective.REPLACE).contentType("text/plain")
                .metadata(Map.of("b", "2")));
        HeadObjectResponse kept = CLOUD.s3.headObject(b -> b.bucket(bucket).key("kept"));
        HeadObjectResponse replaced = CLOUD.s3.headObject(b -> b.bucket(bucket).key("replaced"));
        assertEquals("text/csv", kept.contentType());
        assertEquals(Map.of("a", "1"), kept.metadata());
        assertEquals("text/plain", replaced.contentType());
        assertEquals(Map.of("b", "2"), replaced.metadata());
        assertEquals("a,b", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("replaced")).asUtf8String());
        String etag = kept.eTag();
        S3Exception unchanged = assertThrows(S3Exception.class, () -> CLOUD.s3.copyObject(b -> b.sourceBucket(bucket)
                .sourceKey("src").destinationBucket(bucket).destinationKey("again").copySourceIfNoneMatch(etag)));
        assertEquals(412, unchanged.statusCode());
        S3Exception self = assertThrows(S3Exception.class, () -> CLOUD.s3.copyObject(b -> b.sourceBucket(bucket)
                .sourceKey("src").destinationBucket(bucket).destinationKey("src")));
        assertEquals("InvalidRequest", self.awsErrorDetails().errorCode());
    }

    @Test
    void deletedObjectsAreGoneAndDeletingAgainSucceeds() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("gone"), RequestBody.fromString("x"));
        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("gone"));
        CLOUD.s3.deleteObject(b -> b.bucket(bucket).key("gone"));
        NoSuchKeyException missing = assertThrows(NoSuchKeyException.class,
                () -> CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("gone")));
        assertEquals(404, missing.statusCode());
        assertEquals("The specified key does not exist.", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void virtualHostStyleReachesTheSameBuckets() {
        String bucket = CLOUD.newBucket();
        CLOUD.virtualHost.putObject(b -> b.bucket(bucket).key("dir/vh.txt"), RequestBody.fromString("virtual"));
        assertEquals("virtual", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("dir/vh.txt")).asUtf8String());
        assertEquals("virtual", CLOUD.virtualHost.getObjectAsBytes(b -> b.bucket(bucket).key("dir/vh.txt"))
                .asUtf8String());
        assertEquals(1, CLOUD.virtualHost.listObjectsV2(b -> b.bucket(bucket)).keyCount());
    }
}
