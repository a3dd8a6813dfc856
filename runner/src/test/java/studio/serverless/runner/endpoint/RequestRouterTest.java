package studio.serverless.runner.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routing by protocol, including the query actions SQS and SNS share. */
class RequestRouterTest {

    private record FakeService(String signingName, Set<String> jsonTargetPrefixes, Set<String> queryActions,
            String queryVersion, String pathPrefix) implements ServiceAdapter {
        @Override
        public boolean ownsQueryPath(String path) {
            return pathPrefix != null && path.startsWith(pathPrefix);
        }

        @Override
        public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
            return AwsResponse.xml(200, signingName);
        }
    }

    private static final FakeService SQS = new FakeService("sqs", Set.of("AmazonSQS"),
            Set.of("SendMessage", "AddPermission"), "2012-11-05", "/000000000000/");
    private static final FakeService SNS = new FakeService("sns", Set.of(), Set.of("Publish", "AddPermission"),
            "2010-03-31", null);
    private static final FakeService DYNAMODB = new FakeService("dynamodb", Set.of("DynamoDB_20120810"), Set.of(),
            null, null);
    private final RequestRouter router = new RequestRouter(List.of(SQS, SNS, DYNAMODB));

    private static AwsRequest request(String path, String service, Map<String, List<String>> headers, String body) {
        return new AwsRequest("POST", path, "", headers, body.getBytes(StandardCharsets.UTF_8),
                new CallerIdentity("AKID", "us-east-1", service, "000000000000"), "id", "127.0.0.1");
    }

    private static AwsRequest form(String path, String service, String body) {
        return request(path, service, Map.of("content-type", List.of("application/x-www-form-urlencoded")), body);
    }

    @Test
    void jsonRequestsGoByTargetPrefix() {
        Route route = router.route(request("/", "", Map.of("x-amz-target", List.of("DynamoDB_20120810.GetItem")), "{}"));

        assertEquals(DYNAMODB, route.adapter());
        assertEquals(AwsProtocol.JSON, route.protocol());
    }

    @Test
    void anUnknownTargetPrefixIsAnUnknownOperation() {
        Route route = router.route(request("/", "", Map.of("x-amz-target", List.of("Nobody_2020.Do")), "{}"));

        assertNull(route.adapter());
        assertEquals(400, route.error().status());
    }

    @Test
    void aQueryActionOnlyOneServiceHasGoesThere() {
        assertEquals(SNS, router.route(form("/", "", "Action=Publish")).adapter());
    }

    @Test
    void aSharedActionGoesByTheSigningService() {
        assertEquals(SNS, router.route(form("/", "sns", "Action=AddPermission")).adapter());
    }

    @Test
    void aSharedActionWithoutSigningGoesByVersion() {
        assertEquals(SNS, router.route(form("/", "", "Action=AddPermission&Version=2010-03-31")).adapter());
    }

    @Test
    void aSharedActionWithoutSigningOrVersionGoesByAQueuePath() {
        assertEquals(SQS, router.route(form("/000000000000/q", "", "Action=AddPermission")).adapter());
    }

    @Test
    void aRequestWithNeitherTargetNorActionNorRestServiceIsUnroutable() {
        assertEquals(400, router.route(request("/bucket/key", "", Map.of(), "")).error().status());
    }
}
