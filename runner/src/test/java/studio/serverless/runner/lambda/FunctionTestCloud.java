package studio.serverless.runner.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/**
 * A local cloud on an ephemeral port with the real AWS SDK v2 LambdaClient (retries off, so a throttle is seen as
 * it is answered), and functions whose code the tests write into a temporary folder.
 */
final class FunctionTestCloud implements AutoCloseable {

    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final LambdaClient lambda = LambdaClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
            .httpClient(UrlConnectionHttpClient.create()).build();
    private final Path root;

    FunctionTestCloud(Path root) {
        this.root = root;
    }

    /**
     * Writes {@code files} (name to content) into a fresh code folder and registers a function running them.
     *
     * @return the function's name
     */
    String function(String runtime, String handler, Map<String, String> files) {
        return function(FunctionConfiguration.of(uniqueName(), runtime, handler, codeFolder(files)));
    }

    /** Registers {@code function} and returns its name. */
    String function(FunctionConfiguration function) {
        cloud.lambda().register(function);
        return function.name();
    }

    /** A fresh code folder holding {@code files}. */
    Path codeFolder(Map<String, String> files) {
        try {
            Path folder = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String uniqueName() {
        return "fn-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Invokes synchronously through the SDK with the log tail. */
    InvokeResponse invoke(String function, String payloadJson) {
        return lambda.invoke(b -> b.functionName(function).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(payloadJson)));
    }

    static String tail(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        lambda.close();
        cloud.close();
    }
}
