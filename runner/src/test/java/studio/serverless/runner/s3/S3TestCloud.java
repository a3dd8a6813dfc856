package studio.serverless.runner.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hc.client5.http.DnsResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import studio.serverless.runner.LocalCloud;

/**
 * A local cloud on an ephemeral port and real AWS SDK v2 S3 clients pointed at it: one path-style on 127.0.0.1,
 * one virtual-host style on {@code localhost} (its DNS resolver sends {@code bucket.localhost} to loopback),
 * both with request checksums and response validation on.
 */
final class S3TestCloud implements AutoCloseable {

    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    final LocalCloud cloud = LocalCloud.start(0);
    final S3Client s3 = base().endpointOverride(cloud.endpoint()).forcePathStyle(true)
            .httpClient(Apache5HttpClient.create()).build();
    final S3Client virtualHost = base().endpointOverride(URI.create("http://localhost:" + cloud.port()))
            .forcePathStyle(false).httpClient(Apache5HttpClient.builder().dnsResolver(new LoopbackResolver()).build())
            .build();

    static S3ClientBuilder base() {
        return S3Client.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_SUPPORTED);
    }

    /** Creates a bucket with a unique name and returns the name. */
    String newBucket() {
        String name = "b-" + UUID.randomUUID().toString().substring(0, 18);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    /** Sends raw HTTP/1.1 bytes and returns the whole answer (the connection is closed after one request). */
    String raw(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), cloud.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        s3.close();
        virtualHost.close();
        cloud.stop();
    }

    /** Resolves every name to the loopback address, as a machine with {@code *.localhost} in its resolver would. */
    static final class LoopbackResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) {
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
