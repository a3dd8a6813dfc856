package studio.serverless.bench;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** AWS SDK v2 clients configured alike for every endpoint: pooled HTTP connections, fixed credentials, us-east-1. */
final class Clients {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "bench-secret"));

    private Clients() {
    }

    private static SdkHttpClient http(int threads) {
        return ApacheHttpClient.builder().maxConnections(threads * 2).socketTimeout(Duration.ofSeconds(30)).build();
    }

    static DynamoDbClient dynamoDb(URI endpoint, int threads) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(http(threads)).build();
    }

    static SqsClient sqs(URI endpoint, int threads) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(http(threads)).build();
    }

    static S3Client s3(URI endpoint, int threads) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(CREDENTIALS).httpClient(http(threads)).build();
    }
}
