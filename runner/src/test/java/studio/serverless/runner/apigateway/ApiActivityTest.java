package studio.serverless.runner.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;
import studio.serverless.runner.delivery.StepFunctionsCaller;

/** An API's requests show on the feed from the API to the function its route integrates, failures with their status. */
class ApiActivityTest {

    private final ExecutorService integrations = Executors.newCachedThreadPool();
    private final ActivityFeed feed = ActivityFeed.quiet();
    private final List<Activity> seen = new CopyOnWriteArrayList<>();
    private ApiGatewayListener listener;

    @AfterEach
    void stop() {
        listener.close();
        integrations.shutdownNow();
    }

    @Test
    void aRequestShowsFromTheApiToItsFunctionAndAFailureAgainWithItsStatus() throws Exception {
        FunctionCaller functions = (name, event) -> name.equals("orders")
                ? CallOutcome.answered("{\"statusCode\":200,\"body\":\"ok\"}".getBytes(StandardCharsets.UTF_8))
                : CallOutcome.failed(CallOutcome.Kind.FUNCTION_ERROR, "{}".getBytes(StandardCharsets.UTF_8));
        ApiDefinition api = new ApiDefinition("shop", ApiType.HTTP, "$default", false,
                List.of(ApiRoute.parse("GET /orders", "orders"), ApiRoute.parse("GET /broken", "broken")));
        listener = ApiGatewayListener.start(new ApiGateway(api, functions, StepFunctionsCaller.NONE, integrations,
                Duration.ofSeconds(5), "000000000000", feed), 0);
        feed.subscribe(seen::add);

        get(listener.uri().resolve("/orders"));
        get(listener.uri().resolve("/broken"));
        get(listener.uri().resolve("/nowhere"));

        assertEquals(List.of(
                "api:shop -> lambda:orders GET /orders null",
                "api:shop -> lambda:broken GET /broken null",
                "api:shop -> lambda:broken GET /broken answered 500 500 {\"message\":\"Internal Server Error\"}", // HTTP APIs: 500
                "api:shop -> - GET /nowhere no route matches"),
                seen.stream().map(a -> a.from() + " -> " + a.to().map(Object::toString).orElse("-") + " "
                        + a.summary() + " " + a.error().orElse(null)).toList());
    }

    private static void get(URI uri) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
