package studio.serverless.runner.lambda.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An API may wait for a function on its own thread only when the function's init limit and timeout end every call
 * before the integration timeout.
 */
class LambdaFunctionCallerTest {

    private static final Duration HTTP_API_TIMEOUT = Duration.ofSeconds(30);
    private final LambdaEngine engine = new LambdaEngine("us-east-1", "000000000000");
    private final LambdaFunctionCaller caller = new LambdaFunctionCaller(engine);

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aFunctionWithAShortTimeoutEndsWithinTheIntegrationTimeout() {
        engine.register(function("short", Duration.ofSeconds(3)));

        assertTrue(caller.endsWithin("short", HTTP_API_TIMEOUT));
    }

    @Test
    void aFunctionThatMayRunLongerThanTheIntegrationTimeoutDoesNot() {
        engine.register(function("long", Duration.ofSeconds(20)));

        assertFalse(caller.endsWithin("long", HTTP_API_TIMEOUT));
    }

    @Test
    void anUnknownFunctionDoesNot() {
        assertFalse(caller.endsWithin("missing", HTTP_API_TIMEOUT));
    }

    private static FunctionConfiguration function(String name, Duration timeout) {
        return new FunctionConfiguration(name, "python3.13", "app.handler", Path.of("."), 128, timeout, 10, Map.of());
    }
}
