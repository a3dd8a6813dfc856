package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** SNS and SQS share the query protocol's Action routing on one endpoint; each request reaches its own service. */
class SnsQueryRoutingTest {

    private static final SnsTestCloud CLOUD = new SnsTestCloud();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    private static HttpResponse<String> post(String body, String signingName) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CLOUD.cloud.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signingName != null) {
            request.header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/" + signingName
                    + "/aws4_request, SignedHeaders=host, Signature=0");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theVersionTellsSnsFromSqsWithoutCredentials() {
        HttpResponse<String> topics = post("Action=ListTopics&Version=2010-03-31", null);
        HttpResponse<String> queues = post("Action=ListQueues&Version=2012-11-05", null);

        assertTrue(topics.body().contains("<ListTopicsResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"),
                topics.body());
        assertTrue(queues.body().contains("<ListQueuesResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"),
                queues.body());
    }

    @Test
    void theCredentialScopeTellsSnsAndGivesTheRegionOfNewTopics() {
        HttpResponse<String> created = post("Action=CreateTopic&Name=routed", "sns");

        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("<TopicArn>arn:aws:sns:eu-west-1:000000000000:routed</TopicArn>"),
                created.body());
    }

    @Test
    void anActionSnsDoesNotHaveIsAnInvalidActionInSnsShape() {
        HttpResponse<String> response = post("Action=ListPlatformApplications&Version=2010-03-31", "sns");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<Code>InvalidAction</Code>"), response.body());
    }
}
