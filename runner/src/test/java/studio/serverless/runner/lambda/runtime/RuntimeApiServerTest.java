package studio.serverless.runner.lambda.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime API spoken over HTTP exactly as AWS documents it, without any runtime process. */
class RuntimeApiServerTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private final RuntimeSession session = new RuntimeSession();
    private final RuntimeApiServer server = RuntimeApiServer.start(session);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nextWaitsForAnEventAndHandsItOverWithTheRuntimeHeaders() throws Exception {
        CompletableFuture<HttpResponse<String>> next = get("/invocation/next");
        long before = System.currentTimeMillis();

        session.submit(invocation("id-1", "{\"order\":7}"));

        HttpResponse<String> event = next.get(10, TimeUnit.SECONDS);
        assertEquals(200, event.statusCode());
        assertEquals("{\"order\":7}", event.body());
        assertEquals("id-1", event.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow());
        assertEquals(ARN, event.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
        assertEquals("Root=1-abc", event.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow());
        long deadline = Long.parseLong(event.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
        assertTrue(deadline >= before + 3000 && deadline <= System.currentTimeMillis() + 3000, "deadline " + deadline);
    }

    @Test
    void aResponseEndsTheInvocationAndIsAccepted() throws Exception {
        Invocation invocation = delivered("id-2");

        HttpResponse<String> answer = post("/invocation/id-2/response", "{\"ok\":true}", null);

        assertEquals(202, answer.statusCode());
        assertEquals("{\"status\":\"OK\"}", answer.body());
        RuntimeOutcome outcome = invocation.outcome().get(10, TimeUnit.SECONDS);
        assertEquals(RuntimeOutcome.Kind.RESPONSE, outcome.kind());
        assertEquals("{\"ok\":true}", new String(outcome.payload(), StandardCharsets.UTF_8));
    }

    @Test
    void anErrorCarriesItsDocumentAndErrorType() throws Exception {
        Invocation invocation = delivered("id-3");

        HttpResponse<String> answer = post("/invocation/id-3/error",
                "{\"errorMessage\":\"boom\",\"errorType\":\"ValueError\"}", "ValueError");

        RuntimeOutcome outcome = invocation.outcome().get(10, TimeUnit.SECONDS);
        assertEquals(202, answer.statusCode());
        assertEquals(RuntimeOutcome.Kind.FUNCTION_ERROR, outcome.kind());
        assertEquals("ValueError", outcome.errorType());
        assertTrue(outcome.failed());
    }

    @Test
    void anInitErrorFailsTheWaitingInvocation() throws Exception {
        Invocation invocation = invocation("id-4", "{}");
        session.submit(invocation);

        HttpResponse<String> answer = post("/init/error", "{\"errorMessage\":\"no module\","
                + "\"errorType\":\"Runtime.ImportModuleError\"}", "Runtime.ImportModuleError");

        assertEquals(202, answer.statusCode());
        assertEquals(RuntimeOutcome.Kind.INIT_ERROR, invocation.outcome().get(10, TimeUnit.SECONDS).kind());
    }

    @Test
    void aReportForAnUnknownRequestIdIsABadRequest() throws Exception {
        delivered("id-5");

        HttpResponse<String> answer = post("/invocation/someone-else/response", "{}", null);

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("\"errorType\":\"InvalidRequestID\""), answer.body());
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        assertEquals(404, get("/invocation/id-6/nonsense").get(10, TimeUnit.SECONDS).statusCode());
    }

    private Invocation delivered(String requestId) throws Exception {
        CompletableFuture<HttpResponse<String>> next = get("/invocation/next");
        Invocation invocation = invocation(requestId, "{}");
        session.submit(invocation);
        next.get(10, TimeUnit.SECONDS);
        return invocation;
    }

    private static Invocation invocation(String requestId, String payload) {
        return new Invocation(requestId, payload.getBytes(StandardCharsets.UTF_8), ARN, "Root=1-abc",
                Duration.ofSeconds(3));
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return http.sendAsync(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String errorType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (errorType != null) {
            request.header("Lambda-Runtime-Function-Error-Type", errorType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://" + server.hostAndPort() + "/2018-06-01/runtime" + path);
    }
}
