package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Writers racing on one key never let a reader see a torn object: body and ETag always belong together. */
class S3ConcurrencyTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void readersSeeWholeObjectsWhileWritersOverwriteThem() throws Exception {
        String bucket = CLOUD.newBucket();
        CLOUD.s3.putObject(b -> b.bucket(bucket).key("hot"), RequestBody.fromString("x".repeat(100_000)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                results.add(pool.submit(() -> writer % 2 == 0 ? write(bucket, writer) : read(bucket)));
            }
            for (Future<String> result : results) {
                assertEquals("ok", result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String write(String bucket, int writer) {
        for (int i = 0; i < 30; i++) {
            String letter = String.valueOf((char) ('a' + (writer * 30 + i) % 26));
            CLOUD.s3.putObject(b -> b.bucket(bucket).key("hot"), RequestBody.fromString(letter.repeat(100_000)));
        }
        return "ok";
    }

    private static String read(String bucket) throws Exception {
        for (int i = 0; i < 30; i++) {
            ResponseBytes<GetObjectResponse> got = CLOUD.s3.getObjectAsBytes(b -> b.bucket(bucket).key("hot"));
            byte[] body = got.asByteArray();
            assertEquals(100_000, body.length);
            assertTrue(new String(body).chars().distinct().count() == 1, "a torn object");
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
            assertEquals('"' + md5 + '"', got.response().eTag());
        }
        return "ok";
    }
}
