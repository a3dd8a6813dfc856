package studio.serverless.runner.lambda.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;

/**
 * Counts each function's invocations, errors, throttles and cold starts (always: a few uncontended adds) and
 * publishes them as activity (only when someone listens). Thread-safe.
 */
final class InvocationReporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    private volatile ActivityFeed feed = ActivityFeed.quiet();

    void useFeed(ActivityFeed newFeed) {
        feed = Objects.requireNonNull(newFeed);
    }

    ActivityFeed feed() {
        return feed;
    }

    FunctionStatistics statistics(String function) {
        Counters found = counters.get(function);
        return found == null ? FunctionStatistics.NONE : found.snapshot();
    }

    void throttled(String function) {
        counters(function).throttles.increment();
        feed.publish(ActivityKind.THROTTLE, ResourceRef.function(function), null, "Rate Exceeded", "Throttled");
    }

    void coldStart(String function) {
        counters(function).coldStarts.increment();
        feed.publish(ActivityKind.COLD_START, ResourceRef.function(function), null, "new execution environment",
                null);
    }

    void started(String function, String requestId) {
        counters(function).invocations.increment();
        if (feed.listening()) {
            feed.publish(ActivityKind.INVOCATION_START, ResourceRef.function(function), null, "START " + requestId,
                    null);
        }
    }

    void ended(String function, InvocationResult result, long nanos) {
        counters(function).durationMillis.add((Math.max(0, nanos) + 999_999) / 1_000_000);
        if (result.failed()) {
            counters(function).errors.increment();
        }
        if (!feed.listening()) {
            return;
        }
        String took = "took " + Math.max(0, nanos / 1_000_000) + " ms";
        if (result.failed()) {
            feed.publish(ActivityKind.INVOCATION_ERROR, ResourceRef.function(function), null, took,
                    errorOf(result.payload()));
        } else {
            feed.publish(ActivityKind.INVOCATION_END, ResourceRef.function(function), null, took, null);
        }
    }

    /** {@code errorType: errorMessage} of Lambda's error document. */
    private static String errorOf(byte[] payload) {
        try {
            JsonNode error = JSON.readTree(payload);
            String type = error.path("errorType").asText("");
            String message = error.path("errorMessage").asText("");
            return type.isEmpty() ? (message.isEmpty() ? "failed" : message) : type + ": " + message;
        } catch (IOException e) {
            return "failed";
        }
    }

    private Counters counters(String function) {
        return counters.computeIfAbsent(function, name -> new Counters());
    }

    private static final class Counters {
        private final LongAdder invocations = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder throttles = new LongAdder();
        private final LongAdder coldStarts = new LongAdder();
        private final LongAdder durationMillis = new LongAdder();

        FunctionStatistics snapshot() {
            return new FunctionStatistics(invocations.sum(), errors.sum(), throttles.sum(), coldStarts.sum(),
                    durationMillis.sum());
        }
    }
}
