package studio.serverless.app.desktop.run.logs;

import java.util.function.BiConsumer;

/**
 * Where function log lines come from: {@code cloud.lambda()::addLogListener} in a run, a hand-fed source in tests.
 */
@FunctionalInterface
public interface LogSource {

    /**
     * Calls {@code listener} with {@code (functionName, line)} for every line from now on, on any thread, until
     * the returned handle is closed.
     */
    AutoCloseable listen(BiConsumer<String, String> listener);
}
