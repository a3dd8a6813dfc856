package studio.serverless.runner.sqs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;

/** A local cloud on an ephemeral port with a hand-moved clock, and a real AWS SDK v2 SQS client pointed at it. */
final class SqsTestCloud implements AutoCloseable {

    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final SqsClient sqs = SqsClient.builder()
            .endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Creates a standard queue with a unique name and returns its URL. */
    String newQueue() {
        return sqs.createQueue(b -> b.queueName("q-" + UUID.randomUUID())).queueUrl();
    }

    /** Creates a FIFO queue with a unique name; content-based deduplication as asked. */
    String newFifoQueue(boolean contentBased) {
        return sqs.createQueue(CreateQueueRequest.builder().queueName("f-" + UUID.randomUUID() + ".fifo")
                .attributes(java.util.Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                        QueueAttributeName.CONTENT_BASED_DEDUPLICATION, String.valueOf(contentBased)))
                .build()).queueUrl();
    }

    /** Posts a raw body with the given content type and extra headers (name, value pairs). */
    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.endpoint() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sqs.close();
        cloud.stop();
    }
}
