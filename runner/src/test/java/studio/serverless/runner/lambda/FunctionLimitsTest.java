package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** Reserved concurrency throttles, and a handler that eats memory is stopped at the function's memory size. */
class FunctionLimitsTest {

    private static final String HELD = """
            import socket

            def handler(event, context):
                if "port" in event:
                    connection = socket.create_connection(("127.0.0.1", event["port"]))
                    connection.recv(1)
                    connection.close()
                    return "released"
                if event.get("grow"):
                    hoard = []
                    while True:
                        hoard.append(b"x" * 10_000_000)
                return "quick"
            """;

    private static final String SLOW_INIT = """
            import time

            time.sleep(SECONDS)

            def handler(event, context):
                return "ready"
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
    }

    @AfterEach
    void stopCloud() {
        cloud.close();
    }

    @Test
    void anInvocationBeyondTheReservedConcurrencyIsThrottled() throws Exception {
        String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.12",
                "app.handler", cloud.codeFolder(Map.of("app.py", HELD))).withReservedConcurrency(1));
        try (HandlerSignal signal = new HandlerSignal()) {
            CompletableFuture<InvokeResponse> held = CompletableFuture.supplyAsync(
                    () -> cloud.invoke(function, "{\"port\":" + signal.port() + "}"));
            signal.awaitHandler();

            TooManyRequestsException throttled = assertThrows(TooManyRequestsException.class,
                    () -> cloud.invoke(function, "{}"));
            signal.release();

            assertEquals(429, throttled.statusCode());
            assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
            assertEquals("\"released\"", held.get(30, TimeUnit.SECONDS).payload().asUtf8String());
            assertEquals("\"quick\"", cloud.invoke(function, "{}").payload().asUtf8String());
        }
    }

    @Test
    void invocationsUpToTheReservedConcurrencyRunAtOnceInSeparateEnvironments() throws Exception {
        String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.12",
                "app.handler", cloud.codeFolder(Map.of("app.py", HELD))).withReservedConcurrency(2));
        try (HandlerSignal first = new HandlerSignal(); HandlerSignal second = new HandlerSignal()) {
            CompletableFuture<InvokeResponse> one = CompletableFuture.supplyAsync(
                    () -> cloud.invoke(function, "{\"port\":" + first.port() + "}"));
            CompletableFuture<InvokeResponse> two = CompletableFuture.supplyAsync(
                    () -> cloud.invoke(function, "{\"port\":" + second.port() + "}"));

            first.awaitHandler();
            second.awaitHandler();
            first.release();
            second.release();

            assertEquals("\"released\"", one.get(30, TimeUnit.SECONDS).payload().asUtf8String());
            assertEquals("\"released\"", two.get(30, TimeUnit.SECONDS).payload().asUtf8String());
        }
    }

    @Test
    void aReservedConcurrencyOfZeroThrottlesEveryInvocation() {
        String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                "app.handler", cloud.codeFolder(Map.of("app.py", HELD))).withReservedConcurrency(0));

        assertThrows(TooManyRequestsException.class, () -> cloud.invoke(function, "{}"));
    }

    @Test
    void aRunawayAllocationIsKilledAtTheMemorySizeAndTheFunctionServesAgain() {
        // the memory limit is read from /proc (Linux); elsewhere this handler would eat the machine's memory
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc");
        String function = cloud.function("python3.13", "app.handler", Map.of("app.py", HELD));

        InvokeResponse killed = cloud.invoke(function, "{\"grow\":true}");

        assertEquals("Unhandled", killed.functionError());
        assertTrue(killed.payload().asUtf8String().contains("Runtime.OutOfMemory"), killed.payload().asUtf8String());
        assertEquals("\"quick\"", cloud.invoke(function, "{}").payload().asUtf8String());
    }

    @Test
    void anInitPastItsLimitIsRetriedWithinTheInvocationAndItsTimeout() {
        cloud.cloud.lambda().useInitLimit(Duration.ofMillis(300));
        String slow = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.12",
                "app.handler", cloud.codeFolder(Map.of("app.py", SLOW_INIT.replace("SECONDS", "1.0"))))
                .withTimeout(Duration.ofSeconds(20)));

        InvokeResponse response = cloud.invoke(slow, "{}");

        assertEquals("\"ready\"", response.payload().asUtf8String());
        assertTrue(FunctionTestCloud.tail(response).contains(
                "INIT_REPORT Init Duration: 300.00 ms\tPhase: init\tStatus: timeout"), FunctionTestCloud.tail(response));
    }

    @Test
    void anInitThatOutlastsTheFunctionsTimeoutTooEndsTheInvocationAsTimedOut() {
        cloud.cloud.lambda().useInitLimit(Duration.ofMillis(300));
        String stuck = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.12",
                "app.handler", cloud.codeFolder(Map.of("app.py", SLOW_INIT.replace("SECONDS", "600")))));

        InvokeResponse response = cloud.invoke(stuck, "{}");

        assertEquals("Unhandled", response.functionError());
        assertTrue(response.payload().asUtf8String().contains("Task timed out after 3.00 seconds"),
                response.payload().asUtf8String());
    }
}
