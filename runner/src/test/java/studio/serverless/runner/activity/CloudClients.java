package studio.serverless.runner.activity;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import studio.serverless.runner.LocalCloud;

/** A local cloud on an ephemeral port and real AWS SDK v2 clients of it, signing as someone outside it. */
final class CloudClients implements AutoCloseable {

    private static final StaticCredentialsProvider OUTSIDE =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    final LocalCloud cloud = LocalCloud.start(0);
    final SqsClient sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create()).build();
    final SnsClient sns = SnsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create()).build();
    final EventBridgeClient events = EventBridgeClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create())
            .build();
    final S3Client s3 = S3Client.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .forcePathStyle(true).credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create()).build();
    final DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create())
            .build();
    final SfnClient sfn = SfnClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(OUTSIDE).httpClient(UrlConnectionHttpClient.create()).build();

    /** Creates a queue and returns its URL. */
    String queue(String name) {
        return sqs.createQueue(b -> b.queueName(name)).queueUrl();
    }

    static String queueArn(String name) {
        return "arn:aws:sqs:us-east-1:000000000000:" + name;
    }

    /** Creates a table keyed by the string {@code id}. */
    void table(String name) {
        dynamoDb.createTable(b -> b.tableName(name).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    void putObject(String bucket, String key) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("hello"));
    }

    @Override
    public void close() {
        sqs.close();
        sns.close();
        events.close();
        s3.close();
        dynamoDb.close();
        sfn.close();
        cloud.close();
    }
}
