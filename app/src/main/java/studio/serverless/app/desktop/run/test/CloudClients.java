package studio.serverless.app.desktop.run.test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients the test panel sends with, pointed at the local cloud's endpoint, made when first needed
 * and closed together. They sign with the access key {@link #ACCESS_KEY_ID}, so the cloud can tell the panel's
 * requests from the functions' own; they never retry (a test request is sent once) and wait up to
 * {@link #LONGEST_CALL} (a function may run for 15 minutes).
 */
public final class CloudClients implements AutoCloseable {

    /** The access key id of the panel's requests. */
    public static final String ACCESS_KEY_ID = "studio-test-panel";
    /** The longest a call may take: Lambda's longest timeout and a minute more. */
    public static final Duration LONGEST_CALL = Duration.ofMinutes(16);

    private final URI endpoint;
    private final List<AutoCloseable> made = new ArrayList<>();
    private SqsClient sqs;
    private SnsClient sns;
    private S3Client s3;
    private EventBridgeClient events;
    private SfnClient sfn;
    private LambdaClient lambda;

    /** Clients for the local cloud at {@code endpoint}. */
    public CloudClients(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The SQS client. */
    public synchronized SqsClient sqs() {
        sqs = sqs != null ? sqs : keep(() -> configure(SqsClient.builder()).build());
        return sqs;
    }

    /** The SNS client. */
    public synchronized SnsClient sns() {
        sns = sns != null ? sns : keep(() -> configure(SnsClient.builder()).build());
        return sns;
    }

    /** The S3 client, path style (the bucket in the path, as a loopback endpoint needs). */
    public synchronized S3Client s3() {
        s3 = s3 != null ? s3 : keep(() -> configure(S3Client.builder()).forcePathStyle(true).build());
        return s3;
    }

    /** The EventBridge client. */
    public synchronized EventBridgeClient events() {
        events = events != null ? events : keep(() -> configure(EventBridgeClient.builder()).build());
        return events;
    }

    /** The Step Functions client; StartSyncExecution goes to the endpoint itself, not to a {@code sync-} host. */
    public synchronized SfnClient stepFunctions() {
        sfn = sfn != null ? sfn : keep(() -> configure(SfnClient.builder()).overrideConfiguration(o -> o
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true)).build());
        return sfn;
    }

    /** The Lambda client. */
    public synchronized LambdaClient lambda() {
        lambda = lambda != null ? lambda : keep(() -> configure(LambdaClient.builder()).build());
        return lambda;
    }

    private <C extends AutoCloseable> C keep(Supplier<C> maker) {
        C client = maker.get();
        made.add(client);
        return client;
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, "local")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        return builder.httpClient(UrlConnectionHttpClient.builder().socketTimeout(LONGEST_CALL).build());
    }

    /** Closes every client made. */
    @Override
    public synchronized void close() {
        for (AutoCloseable client : made) {
            try {
                client.close();
            } catch (Exception ignored) {
                // closing a loopback client cannot fail in a way the user could act on
            }
        }
        made.clear();
    }
}
