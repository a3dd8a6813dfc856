package studio.serverless.runner.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests keep their body as a stream: REST requests a streaming service accepts; never a request that
 * may belong to the JSON or query protocols, whose bodies the router must read to route.
 */
class StreamingRouteTest {

    private static final StreamingServiceAdapter STORAGE = new StreamingServiceAdapter() {
        @Override
        public String signingName() {
            return "s3";
        }

        @Override
        public boolean acceptsRest(AwsRequest request) {
            return true;
        }

        @Override
        public StreamedResponse handleStreaming(AwsRequest head, InputStream body) {
            return StreamedResponse.of(AwsResponse.xml(200, "streamed"));
        }

        @Override
        public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
            return AwsResponse.xml(200, "buffered");
        }
    };
    private final RequestRouter router = new RequestRouter(List.of(STORAGE));

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "PUT, /bucket/key, '', -, -, true",
        "GET, /bucket, list-type=2, -, -, true",
        "POST, /bucket, delete, application/xml, -, true",
        "PUT, /bucket/key, '', application/x-www-form-urlencoded, -, true",
        "POST, /, '', application/x-www-form-urlencoded, -, false",
        "POST, /, '', application/x-amz-json-1.0, AmazonSQS.SendMessage, false",
        "GET, /, Action=ListQueues, -, -, false"})
    void onlyRestRequestsAreStreamed(String method, String path, String query, String type, String target,
            boolean streamed) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        if (type != null) {
            headers.put("content-type", List.of(type));
        }
        if (target != null) {
            headers.put("x-amz-target", List.of(target));
        }
        AwsRequest head = new AwsRequest(method, path, query, headers, new byte[0],
                CallerIdentity.fromAuthorization(null, "us-east-1"), "id", "127.0.0.1");
        StreamingServiceAdapter chosen = router.streamingAdapter(head);
        if (streamed) {
            assertEquals(STORAGE, chosen);
        } else {
            assertNull(chosen);
        }
    }
}
