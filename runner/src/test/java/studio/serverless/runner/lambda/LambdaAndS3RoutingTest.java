package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Lambda's REST paths and S3's share the endpoint: a request signed for S3 stays S3's whatever its path. */
class LambdaAndS3RoutingTest {

    @TempDir
    Path code;

    @Test
    void aBucketNamedLikeLambdasApiVersionStillReachesS3() {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code);
             S3Client s3 = S3Client.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                     .forcePathStyle(true).credentialsProvider(cloud.lambda.serviceClientConfiguration()
                             .credentialsProvider()).httpClient(UrlConnectionHttpClient.create()).build()) {
            String function = cloud.function("python3.13", "app.handler",
                    Map.of("app.py", "def handler(event, context):\n    return 'lambda'\n"));
            s3.createBucket(b -> b.bucket("2015-03-31"));

            s3.putObject(b -> b.bucket("2015-03-31").key("functions/" + function + "/invocations"),
                    RequestBody.fromString("s3 object"));

            assertEquals("s3 object", s3.getObjectAsBytes(b -> b.bucket("2015-03-31")
                    .key("functions/" + function + "/invocations")).asUtf8String());
            assertEquals("\"lambda\"", cloud.invoke(function, "{}").payload().asUtf8String());
        }
    }
}
