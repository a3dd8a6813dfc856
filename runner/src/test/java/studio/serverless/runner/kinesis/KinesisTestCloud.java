package studio.serverless.runner.kinesis;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;

/**
 * A local cloud on an ephemeral port with a real AWS SDK v2 KinesisClient, in the encoding asked for: CBOR (the
 * SDK's default) or JSON (CBOR switched off with {@code aws.cborEnabled=false} while the client is built). The
 * content types the client sent are recorded, so a test can show which encoding it exercised.
 */
final class KinesisTestCloud implements AutoCloseable {

    /** The SDK's switch for Kinesis' encoding. */
    static final String CBOR_SWITCH = "aws.cborEnabled";

    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final List<String> sentContentTypes = new CopyOnWriteArrayList<>();
    final KinesisClient kinesis;

    KinesisTestCloud(boolean cbor) {
        this.kinesis = cbor ? client() : jsonClient();
    }

    private synchronized KinesisClient jsonClient() {
        String before = System.getProperty(CBOR_SWITCH);
        System.setProperty(CBOR_SWITCH, "false");
        try {
            return client();
        } finally {
            if (before == null) {
                System.clearProperty(CBOR_SWITCH);
            } else {
                System.setProperty(CBOR_SWITCH, before);
            }
        }
    }

    private KinesisClient client() {
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                context.httpRequest().firstMatchingHeader("Content-Type").ifPresent(sentContentTypes::add);
            }
        };
        return KinesisClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.addExecutionInterceptor(recorder)).build();
    }

    /** A unique stream name with {@code prefix}. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        kinesis.close();
        cloud.stop();
    }
}
