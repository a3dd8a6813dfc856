package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Multipart uploads through the real AWS SDK v2, by hand and with the async client's automatic multipart. */
class S3MultipartSdkTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private static final int MIB = 1024 * 1024;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void partsAreAssembledWithAwsMultipartEtag() throws Exception {
        String bucket = CLOUD.newBucket();
        byte[] first = bytes(5 * MIB, 1);
        byte[] second = bytes(1000, 2);
        String uploadId = CLOUD.s3.createMultipartUpload(b -> b.bucket(bucket).key("big").contentType("video/mp4"))
                .uploadId();
        String etag1 = CLOUD.s3.uploadPart(b -> b.bucket(bucket).key("big").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(first)).eTag();
        String etag2 = CLOUD.s3.uploadPart(b -> b.bucket(bucket).key("big").uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(second)).eTag();
        assertEquals(List.of(1, 2), CLOUD.s3.listParts(b -> b.bucket(bucket).key("big").uploadId(uploadId)).parts()
                .stream().map(p -> p.partNumber()).toList());
        assertEquals(List.of(uploadId), CLOUD.s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream()
                .map(u -> u.uploadId()).toList());
        String etag = CLOUD.s3.completeMultipartUpload(b -> b.bucket(bucket).key("big").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, etag1), part(2, etag2)))).eTag();

        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(MessageDigest.getInstance("MD5").digest(first));
        md5.update(MessageDigest.getInstance("MD5").digest(second));
        assertEquals('"' + HexFormat.of().formatHex(md5.digest()) + "-2\"", etag);
        byte[] whole = CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("big")).asByteArray();
        assertArrayEquals(concat(first, second), whole);
        assertEquals("video/mp4", CLOUD.s3.headObject(b -> b.bucket(bucket).key("big")).contentType());
        assertTrue(CLOUD.s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().isEmpty());
    }

    @Test
    void completionChecksPartEtagsOrderAndSizes() {
        String bucket = CLOUD.newBucket();
        String uploadId = CLOUD.s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        String small = CLOUD.s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("small")).eTag();
        String other = CLOUD.s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("other")).eTag();
        assertEquals("InvalidPart", complete(bucket, uploadId, part(1, "\"ffff\"")));
        assertEquals("InvalidPartOrder", complete(bucket, uploadId, part(2, other), part(1, small)));
        assertEquals("EntityTooSmall", complete(bucket, uploadId, part(1, small), part(2, other)));
        CLOUD.s3.abortMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(uploadId));
        assertThrows(NoSuchUploadException.class, () -> CLOUD.s3.listParts(b -> b.bucket(bucket).key("k")
                .uploadId(uploadId)));
    }

    @Test
    void uploadPartCopyTakesARangeOfAnObject() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("source"), RequestBody.fromString("0123456789"));
        String uploadId = CLOUD.s3.createMultipartUpload(b -> b.bucket(bucket).key("copy")).uploadId();
        String etag = CLOUD.s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("source")
                .copySourceRange("bytes=3-6").destinationBucket(bucket).destinationKey("copy").uploadId(uploadId)
                .partNumber(1)).copyPartResult().eTag();
        CLOUD.s3.completeMultipartUpload(b -> b.bucket(bucket).key("copy").uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, etag))));
        assertEquals("3456", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("copy")).asUtf8String());
    }

    @Test
    void theAsyncClientsAutomaticMultipartUploadRoundTrips() throws Exception {
        String bucket = CLOUD.newBucket();
        byte[] data = bytes(20 * MIB + 123, 3);
        try (S3AsyncClient async = S3AsyncClient.builder().endpointOverride(CLOUD.cloud.endpoint())
                .forcePathStyle(true).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(S3TestCloud.CREDENTIALS).httpClient(NettyNioAsyncHttpClient.create())
                .multipartEnabled(true).multipartConfiguration(c -> c.minimumPartSizeInBytes(8L * MIB)
                        .thresholdInBytes(8L * MIB)).build()) {
            String etag = async.putObject(b -> b.bucket(bucket).key("auto"), AsyncRequestBody.fromBytes(data))
                    .get().eTag();
            assertTrue(etag.endsWith("-3\""), etag);
            byte[] back = async.getObject(b -> b.bucket(bucket).key("auto"), AsyncResponseTransformer.toBytes())
                    .get().asByteArray();
            assertArrayEquals(data, back);
        }
    }

    private static String complete(String bucket, String uploadId, CompletedPart... parts) {
        return assertThrows(S3Exception.class, () -> CLOUD.s3.completeMultipartUpload(b -> b.bucket(bucket).key("k")
                .uploadId(uploadId).multipartUpload(m -> m.parts(parts)))).awsErrorDetails().errorCode();
    }

    private static CompletedPart part(int number, String etag) {
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }

}
