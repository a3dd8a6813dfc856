package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What goes over the wire, checked byte by byte with raw HTTP: S3's error XML, aws-chunked bodies with trailing
 * checksums, conditional requests, virtual-host addressing, and the methods and sub-resources S3 refuses.
 */
class S3WireTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void aMissingKeyIsS3sErrorXmlWithKeyAndRequestId() {
        String bucket = CLOUD.newBucket();
        String answer = CLOUD.raw("GET /" + bucket + "/no/such/key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        assertTrue(answer.contains("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist."
                + "</Message><Key>no/such/key</Key><RequestId>"), answer);
        String requestId = answer.replaceAll("(?s).*<RequestId>([^<]+)</RequestId>.*", "$1");
        assertTrue(answer.toLowerCase().contains("x-amz-request-id: " + requestId), answer);
    }

    @Test
    void aBadBucketNameIsInvalidBucketName() {
        String answer = CLOUD.raw("PUT /Bad_Name HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("<Code>InvalidBucketName</Code>"), answer);
    }

    @Test
    void anAwsChunkedBodyIsDecodedAndItsTrailingChecksumChecked() {
        String bucket = CLOUD.newBucket();
        String good = chunkedPut(bucket, "good", "NhCmhg==");
        assertTrue(good.startsWith("HTTP/1.1 200"), good);
        assertTrue(good.toLowerCase().contains("x-amz-checksum-crc32: nhcmhg=="), good);
        assertEquals("hello", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("good")).asUtf8String());

        String bad = chunkedPut(bucket, "bad", "AAAAAA==");
        assertTrue(bad.startsWith("HTTP/1.1 400"), bad);
        assertTrue(bad.contains("<Code>BadDigest</Code>"), bad);
    }

    @Test
    void aPayloadHashThatDoesNotMatchIsXAmzContentSha256Mismatch() {
        String bucket = CLOUD.newBucket();
        String answer = CLOUD.raw("PUT /" + bucket + "/h HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-content-sha256: "
                + "0".repeat(64) + "\r\nContent-Length: 5\r\n\r\nhello");
        assertTrue(answer.startsWith("HTTP/1.1 400") && answer.contains("<Code>XAmzContentSHA256Mismatch</Code>"),
                answer);
        String good = CLOUD.raw("PUT /" + bucket + "/h HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-content-sha256: "
                + "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\r\nContent-Length: 5\r\n\r\nhello");
        assertTrue(good.startsWith("HTTP/1.1 200"), good);
    }

    @Test
    void virtualHostNamesUnderLocalhostAddressBuckets() {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("v.txt"), RequestBody.fromString("v"));
        for (String host : new String[] {bucket + ".localhost", bucket + ".s3.localhost",
            bucket + ".s3.us-east-1.localhost:" + CLOUD.cloud.port()}) {
            String answer = CLOUD.raw("GET /v.txt HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("\r\n\r\nv"), host + ": " + answer);
        }
    }

    @Test
    void conditionalGetsAnswer304And412() {
        String bucket = CLOUD.newBucket();
        String etag = CLOUD.s3.putObject(b -> b.bucket(bucket).key("c"), RequestBody.fromString("c")).eTag();
        S3Exception notModified = assertThrows(S3Exception.class, () -> CLOUD.s3.getObjectAsBytes(b -> b
                .bucket(bucket).key("c").ifNoneMatch(etag)));
        assertEquals(304, notModified.statusCode());
        S3Exception failed = assertThrows(S3Exception.class, () -> CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket)
                .key("c").ifMatch("\"0000\"")));
        assertEquals(412, failed.statusCode());
        assertEquals("PreconditionFailed", failed.awsErrorDetails().errorCode());
        S3Exception unchanged = assertThrows(S3Exception.class, () -> CLOUD.s3.getObjectAsBytes(b -> b
                .bucket(bucket).key("c").ifModifiedSince(Instant.now().plusSeconds(60))));
        assertEquals(304, unchanged.statusCode());
        assertEquals("c", CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").ifMatch(etag)
                .ifModifiedSince(Instant.now().minusSeconds(3600))).asUtf8String());
    }

    @Test
    void aHeadOfAMissingKeyIs404WithoutABody() {
        String bucket = CLOUD.newBucket();
        String answer = CLOUD.raw("HEAD /" + bucket + "/nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        assertFalse(answer.contains("<Error>"), answer);
    }

    @Test
    void unsupportedSubResourcesAndMethodsAreRefusedNotMisread() {
        String bucket = CLOUD.newBucket();
        String acl = CLOUD.raw("GET /" + bucket + "?acl HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(acl.startsWith("HTTP/1.1 501") && acl.contains("<Code>NotImplemented</Code>"), acl);
        String patch = CLOUD.raw("PATCH /" + bucket + "/k HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        assertTrue(patch.startsWith("HTTP/1.1 405") && patch.contains("<Code>MethodNotAllowed</Code>"), patch);
    }

    private static String chunkedPut(String bucket, String key, String crc32) {
        String body = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:" + crc32 + "\r\n\r\n";
        return CLOUD.raw("PUT /" + bucket + "/" + key + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Encoding: aws-chunked\r\nx-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER\r\n"
                + "x-amz-trailer: x-amz-checksum-crc32\r\nx-amz-decoded-content-length: 5\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
    }
}
