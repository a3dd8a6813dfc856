package studio.serverless.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * What the end-to-end tests of {@code studio run} send to the examples and read back, as a user would: an HTTP POST
 * to the crud-api example's API, a scan of its table with the AWS SDK, an upload to the file-pipeline example's
 * bucket and the derived object its handler writes, an order placed with the order-workflow example.
 */
public final class ExampleTraffic {

    private static final StaticCredentialsProvider ANY_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ExampleTraffic() {
    }

    /** A free loopback port for an API. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs the item {@code {"id":"42","name":"book"}} to the crud-api's {@code /items}; returns the status. */
    public static int postBook(int apiPort) {
        return post(apiPort, "/items", "{\"id\":\"42\",\"name\":\"book\"}").statusCode();
    }

    /** POSTs the order {@code {"orderId":"o-42"}} to the order-workflow's {@code /orders}; returns the response. */
    public static HttpResponse<String> placeOrder(int apiPort) {
        return post(apiPort, "/orders", "{\"orderId\":\"o-42\"}");
    }

    /** A Step Functions client of the real AWS SDK at the local cloud's {@code endpoint}; the caller closes it. */
    public static SfnClient stepFunctions(URI endpoint) {
        return SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(ANY_CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static HttpResponse<String> post(int apiPort, String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting", e);
        }
    }

    /** Every item of the crud-api's table, read with the AWS SDK at the local cloud's {@code endpoint}. */
    public static List<Map<String, AttributeValue>> items(URI endpoint) {
        return items(endpoint, "studio-example-items");
    }

    /** Every item of {@code table}, read with the AWS SDK at the local cloud's {@code endpoint}. */
    public static List<Map<String, AttributeValue>> items(URI endpoint, String table) {
        try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(ANY_CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build()) {
            return dynamoDb.scan(b -> b.tableName(table)).items();
        }
    }

    /**
     * Uploads a photo under the file-pipeline's notification prefix, then waits (up to 30 s) for the object its
     * handler writes under the same key into the results bucket, and returns that object's text.
     */
    public static String uploadThenAwaitDerived(URI endpoint) {
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(ANY_CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build()) {
            s3.putObject(b -> b.bucket("studio-example-uploads").key("uploads/photo.jpg"),
                    RequestBody.fromString("not really a photo"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try {
                    return s3.getObjectAsBytes(b -> b.bucket("studio-example-results").key("uploads/photo.jpg"))
                            .asUtf8String();
                } catch (NoSuchKeyException notYet) {
                    LockSupport.parkNanos(100_000_000L); // the function runs asynchronously
                }
            }
            throw new AssertionError("no derived object in studio-example-results within 30 s");
        }
    }
}
