package studio.serverless.app.desktop.run.browse;

import java.nio.file.Path;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.provision.DiagramProvisioner;

/**
 * An example diagram running in a local cloud started in process (its resources provisioned, its functions not),
 * with real AWS SDK v2 clients pointed at it: what the browsers show is checked against what the SDK reads.
 */
public final class RunningExample implements AutoCloseable {

    private final LocalCloud cloud = LocalCloud.start(0);
    private final Diagram diagram;

    /** Starts the example {@code examples/NAME.studio.json} and provisions its resources. */
    public RunningExample(String name) {
        try {
            diagram = DiagramFiles.load(Path.of("..", "examples", name + ".studio.json"));
        } catch (Exception e) {
            cloud.close();
            throw new IllegalStateException(e);
        }
        DiagramProvisioner.forCloud(cloud).provision(diagram);
    }

    /** The running cloud. */
    public LocalCloud cloud() {
        return cloud;
    }

    /** The example's diagram. */
    public Diagram diagram() {
        return diagram;
    }

    /** A DynamoDB client of the cloud. */
    public DynamoDbClient dynamoDb() {
        return configured(DynamoDbClient.builder()).build();
    }

    /** An SQS client of the cloud. */
    public SqsClient sqs() {
        return configured(SqsClient.builder()).build();
    }

    /** An S3 client of the cloud (path-style addressing). */
    public S3Client s3() {
        return configured(S3Client.builder()).forcePathStyle(true).build();
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configured(B builder) {
        return builder.endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "s")))
                .httpClient(UrlConnectionHttpClient.create());
    }

    @Override
    public void close() {
        cloud.close();
    }
}
