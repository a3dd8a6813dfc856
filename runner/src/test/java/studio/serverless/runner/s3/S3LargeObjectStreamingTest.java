package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * A 128 MiB object goes up and comes back through the real SDK (aws-chunked with a CRC32 trailer up, CRC32
 * validated down) to an endpoint running in its own JVM with a 32 MiB heap: it only works if bodies stream.
 */
class S3LargeObjectStreamingTest {

    private static final long SIZE = 128L * 1024 * 1024;

    @Test
    void a128MibObjectStreamsThroughAServerWithA32MibHeap() throws Exception {
        Process server = startServer();
        try (S3Client s3 = S3TestCloud.base().endpointOverride(URI.create("http://127.0.0.1:" + port(server)))
                .forcePathStyle(true).httpClient(Apache5HttpClient.create()).build()) {
            s3.createBucket(b -> b.bucket("large"));
            MessageDigest sent = MessageDigest.getInstance("MD5");
            RequestBody body = RequestBody.fromContentProvider(
                    () -> new DigestInputStream(new GeneratedStream(SIZE), sent), SIZE, "application/octet-stream");
            s3.putObject(b -> b.bucket("large").key("big.bin"), body);

            MessageDigest received = MessageDigest.getInstance("MD5");
            long count = 0;
            try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket("large").key("big.bin"))) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    received.update(buffer, 0, read);
                    count += read;
                }
            }
            assertEquals(SIZE, count);
            assertArrayEquals(sent.digest(), received.digest());
            assertEquals(SIZE, s3.headObject(b -> b.bucket("large").key("big.bin")).contentLength());
            assertTrue(server.isAlive(), "the server ran out of memory");
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process startServer() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx32m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), S3ServerMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int port(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            throw new IllegalStateException("the server did not start: " + line);
        }
        return Integer.parseInt(line.substring(5).trim());
    }

    /** A deterministic, cheap stream of {@code size} varied bytes, never held in memory. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (mix(position++) & 0xff) : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                bytes[offset + i] = (byte) mix(position++);
            }
            return count;
        }

        private static long mix(long x) {
            long z = x * 0x9E3779B97F4A7C15L;
            return z ^ (z >>> 29);
        }
    }
}
