package studio.serverless.runner.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.ReferenceFiles;

/**
 * An API served on loopback, with functions standing in as plain Java answers: what the function receives and
 * what the HTTP client gets back are the behaviour under test.
 */
class ApiGatewayListenerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService integrations = Executors.newCachedThreadPool();
    private final BlockingQueue<JsonNode> events = new ArrayBlockingQueue<>(10);
    private final CountDownLatch releaseSlowFunction = new CountDownLatch(1);
    private ApiGatewayListener listener;

    @AfterEach
    void stop() {
        releaseSlowFunction.countDown();
        listener.close();
        integrations.shutdownNow();
    }

    private URI serve(ApiType type, boolean cors, Function<JsonNode, CallOutcome> function) {
        FunctionCaller caller = (name, event) -> {
            JsonNode parsed = read(event);
            events.add(parsed);
            if (name.equals("slow")) {
                await(releaseSlowFunction);
            }
            return function.apply(parsed);
        };
        ApiDefinition api = new ApiDefinition("orders-api", type, type == ApiType.HTTP ? "$default" : "prod", cors,
                List.of(ApiRoute.parse("POST /orders/{id}", "orders"), ApiRoute.parse("GET /slow", "slow")));
        listener = ApiGatewayListener.start(new ApiGateway(api, caller, integrations, Duration.ofMillis(300),
                "000000000000"), 0);
        return listener.uri();
    }

    @Test
    void anHttpApiSendsPayload2WithTheRequestAndReturnsTheDescribedResponse() throws Exception {
        URI api = serve(ApiType.HTTP, false, event -> answer("{\"statusCode\":201,\"headers\":{\"X-Order\":\"42\"},"
                + "\"cookies\":[\"a=1\",\"b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT\"],\"body\":\"created\"}"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("/orders/42?tag=x&tag=y&q=a%20b"))
                .header("Content-Type", "application/json").header("Cookie", "session=abc; theme=dark")
                .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"book\"}")));
        assertEquals(201, response.statusCode());
        assertEquals("created", response.body());
        assertEquals(List.of("42"), response.headers().allValues("x-order"));
        assertEquals(List.of("a=1", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"),
                response.headers().allValues("set-cookie"));
        JsonNode event = events.take();
        assertEquals("2.0", event.get("version").asText());
        assertEquals("POST /orders/{id}", event.get("routeKey").asText());
        assertEquals("/orders/42", event.get("rawPath").asText());
        assertEquals("tag=x&tag=y&q=a%20b", event.get("rawQueryString").asText());
        assertEquals("x,y", event.at("/queryStringParameters/tag").asText());
        assertEquals("a b", event.at("/queryStringParameters/q").asText());
        assertEquals("42", event.at("/pathParameters/id").asText());
        assertEquals("[\"session=abc\",\"theme=dark\"]", event.get("cookies").toString());
        assertEquals("application/json", event.at("/headers/content-type").asText());
        assertEquals("{\"item\":\"book\"}", event.get("body").asText());
        assertFalse(event.get("isBase64Encoded").asBoolean());
        assertEquals("POST", event.at("/requestContext/http/method").asText());
    }

    @Test
    void theHttpApiEventHasTheFieldsOfAwsSampleEvent() throws Exception {
        URI api = serve(ApiType.HTTP, false, event -> answer("{}"));
        send(HttpRequest.newBuilder(api.resolve("/orders/7?x=1")).header("Cookie", "c=1")
                .POST(HttpRequest.BodyPublishers.ofString("hi")));
        JsonNode reference = JSON.readTree(ReferenceFiles.read("events/apigateway-HttpApi.json"));
        assertSameFields(reference, events.take(), "", List.of("/requestContext/authentication",
                "/requestContext/authorizer", "/stageVariables"));
    }

    @Test
    void aRestApiSendsPayload1WithSingleAndMultiValueFieldsAndTheSampleEventsFields() throws Exception {
        URI api = serve(ApiType.REST, false, event -> answer("{\"statusCode\":200,\"multiValueHeaders\":"
                + "{\"X-Tag\":[\"a\",\"b\"]},\"body\":\"ok\"}"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("/orders/9?tag=x&tag=y"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, response.statusCode());
        assertEquals(List.of("a", "b"), response.headers().allValues("x-tag"));
        JsonNode event = events.take();
        assertEquals("/orders/{id}", event.get("resource").asText());
        assertEquals("y", event.at("/queryStringParameters/tag").asText());
        assertEquals("[\"x\",\"y\"]", event.at("/multiValueQueryStringParameters/tag").toString());
        assertEquals("/prod/orders/9", event.at("/requestContext/path").asText());
        JsonNode reference = JSON.readTree(ReferenceFiles.read("events/apigateway-AwsProxy.json"));
        assertSameFields(reference, event, "", List.of("/stageVariables"));
    }

    @Test
    void anHttpApiSendsAnUndescribedAnswerBackAsAJsonBody() throws Exception {
        URI api = serve(ApiType.HTTP, false, event -> answer("{\"id\":\"42\"}"));
        HttpResponse<String> response = send(post(api, "/orders/42"));
        assertEquals(200, response.statusCode());
        assertEquals("{\"id\":\"42\"}", response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void aRestApiRefusesAnAnswerWithoutStatusCodeWith502() throws Exception {
        URI api = serve(ApiType.REST, false, event -> answer("{\"id\":\"42\"}"));
        HttpResponse<String> response = send(post(api, "/orders/42"));
        assertEquals(502, response.statusCode());
        assertEquals("{\"message\":\"Internal server error\"}", response.body());
    }

    @Test
    void aBase64AnswerIsDecodedAndABinaryRequestBodyIsEncoded() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        URI api = serve(ApiType.HTTP, false, event -> answer("{\"statusCode\":200,\"isBase64Encoded\":true,"
                + "\"headers\":{\"Content-Type\":\"image/png\"},\"body\":\"" + Base64.getEncoder().encodeToString(png)
                + "\"}"));
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(api.resolve("/orders/1"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(png))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(java.util.Arrays.toString(png), java.util.Arrays.toString(response.body()));
        JsonNode event = events.take();
        assertTrue(event.get("isBase64Encoded").asBoolean());
        assertEquals(Base64.getEncoder().encodeToString(png), event.get("body").asText());
    }

    @Test
    void aFailingFunctionGivesApiGatewaysErrorAnswer() throws Exception {
        URI http = serve(ApiType.HTTP, false, event -> CallOutcome.failed(CallOutcome.Kind.FUNCTION_ERROR,
                "{\"errorMessage\":\"boom\"}".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = send(post(http, "/orders/1"));
        assertEquals(500, response.statusCode());
        assertEquals("{\"message\":\"Internal Server Error\"}", response.body());
    }

    @Test
    void theIntegrationTimeoutAnswersWhileTheFunctionStillRuns() throws Exception {
        URI api = serve(ApiType.REST, false, event -> answer("{\"statusCode\":200}"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("/slow")).GET());
        assertEquals(504, response.statusCode());
        assertEquals("{\"message\":\"Endpoint request timed out\"}", response.body());
    }

    @Test
    void aFunctionThatEndsWithinTheIntegrationTimeoutByItselfIsCalledWithoutAnIntegrationThread() throws Exception {
        integrations.shutdown(); // a hand-over to an integration thread would now be refused
        FunctionCaller endsInTime = new FunctionCaller() {
            @Override
            public CallOutcome call(String functionName, byte[] event) {
                return answer("{\"statusCode\":201,\"body\":\"created\"}");
            }

            @Override
            public boolean endsWithin(String functionName, Duration limit) {
                return true;
            }
        };
        ApiDefinition api = new ApiDefinition("orders-api", ApiType.HTTP, "$default", false,
                List.of(ApiRoute.parse("POST /orders/{id}", "orders")));
        listener = ApiGatewayListener.start(new ApiGateway(api, endsInTime, integrations, Duration.ofMillis(300),
                "000000000000"), 0);

        HttpResponse<String> response = send(post(listener.uri(), "/orders/1"));

        assertEquals(201, response.statusCode());
        assertEquals("created", response.body());
    }

    @Test
    void anUnknownRouteIsNotFoundOnAnHttpApiAndMissingAuthenticationTokenOnARestApi() throws Exception {
        URI http = serve(ApiType.HTTP, false, event -> answer("{}"));
        assertEquals(404, send(HttpRequest.newBuilder(http.resolve("/nothing")).GET()).statusCode());
        listener.close();
        URI rest = serve(ApiType.REST, false, event -> answer("{}"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(rest.resolve("/nothing")).GET());
        assertEquals(403, response.statusCode());
        assertEquals("{\"message\":\"Missing Authentication Token\"}", response.body());
    }

    @Test
    void withCorsAPreflightIsAnsweredByTheGatewayAndAnswersAllowTheOrigin() throws Exception {
        URI api = serve(ApiType.HTTP, true, event -> answer("{\"statusCode\":200,\"body\":\"ok\"}"));
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(api.resolve("/orders/1"))
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("access-control-allow-origin").orElseThrow());
        assertEquals("POST", preflight.headers().firstValue("access-control-allow-methods").orElseThrow());
        assertTrue(events.isEmpty(), "the function is not called for a preflight");
        HttpResponse<String> call = send(post(api, "/orders/1").header("Origin", "http://localhost:5173"));
        assertEquals("*", call.headers().firstValue("access-control-allow-origin").orElseThrow());
    }

    private HttpRequest.Builder post(URI api, String path) {
        return HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CallOutcome answer(String json) {
        return CallOutcome.answered(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The request's own data: present in the event, but their entries are the sample request's, not fields. */
    private static final List<String> DATA_MAPS = List.of("/headers", "/multiValueHeaders", "/queryStringParameters",
            "/multiValueQueryStringParameters", "/pathParameters");

    /**
     * Every field of the reference event (recursively through objects) is in ours, except the given paths
     * (parts of AWS's sample that a local API has no source for: authorizers, client certificates, stage
     * variables).
     */
    private static void assertSameFields(JsonNode reference, JsonNode ours, String at, List<String> exempt) {
        reference.fieldNames().forEachRemaining(name -> {
            String path = at + "/" + name;
            if (exempt.contains(path)) {
                return;
            }
            assertTrue(ours.has(name), "the event lacks " + path + " that AWS's sample event has");
            if (reference.get(name).isObject() && ours.get(name).isObject() && !DATA_MAPS.contains(path)) {
                assertSameFields(reference.get(name), ours.get(name), path, exempt);
            }
        });
    }

    private static JsonNode read(byte[] event) {
        try {
            return JSON.readTree(event);
        } catch (IOException e) {
            throw new AssertionError("the gateway sent an event that is not JSON", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
