package studio.serverless.runner.lambda.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everyone who reads the functions' log lines: the one listener set with {@link LambdaEngine#useLogListener}
 * ({@code studio run} prints through it) and any number added with {@link LambdaEngine#addLogListener} (the app's
 * log views). A listener that throws is logged and skipped; the others still get the line. Thread-safe.
 */
final class FunctionLogListeners implements FunctionLogListener {

    private static final Logger LOG = Logger.getLogger(FunctionLogListeners.class.getName());

    private volatile FunctionLogListener main = FunctionLogListener.NONE;
    private final List<BiConsumer<String, String>> added = new CopyOnWriteArrayList<>();

    void useMain(FunctionLogListener listener) {
        main = Objects.requireNonNull(listener);
    }

    LogSubscription add(BiConsumer<String, String> listener) {
        Objects.requireNonNull(listener);
        added.add(listener);
        return new LogSubscription(() -> added.remove(listener));
    }

    @Override
    public void line(String functionName, String line) {
        tell(main::line, functionName, line);
        for (BiConsumer<String, String> listener : added) {
            tell(listener, functionName, line);
        }
    }

    private static void tell(BiConsumer<String, String> listener, String functionName, String line) {
        try {
            listener.accept(functionName, line);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a function log listener failed", e);
        }
    }
}
