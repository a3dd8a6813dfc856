package studio.serverless.runner.stepfunctions.api;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The real AWS SDK v2 {@code SfnClient} pointed at a local cloud, as users configure it. */
final class SfnClients {

    private SfnClients() {
    }

    /**
     * A client for {@code endpoint} with host prefix injection off, so StartSyncExecution goes to the endpoint
     * itself instead of {@code sync-127.0.0.1}, which no resolver knows.
     */
    static SfnClient local(URI endpoint) {
        return SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** A client as most users first write it: endpoint override only. */
    static SfnClient withHostPrefix(URI endpoint) {
        return SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
