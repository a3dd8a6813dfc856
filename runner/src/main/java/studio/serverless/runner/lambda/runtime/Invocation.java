package studio.serverless.runner.lambda.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One event on its way through an execution environment. The runtime takes it with {@code /next} (which
 * completes {@link #delivered()} with the deadline) and ends it with {@code /response} or {@code /error}
 * (which complete {@link #outcome()}); the engine may end it first (timeout, crash). The first outcome wins.
 */
public final class Invocation {

    private final String requestId;
    private final byte[] payload;
    private final String functionArn;
    private final String traceId;
    private final Duration timeout;
    private final CompletableFuture<Long> delivered = new CompletableFuture<>();
    private final CompletableFuture<RuntimeOutcome> outcome = new CompletableFuture<>();
    private volatile long deliveredNanos;

    /**
     * An invocation not yet delivered.
     *
     * @param timeout the function's timeout, counted from delivery
     */
    public Invocation(String requestId, byte[] payload, String functionArn, String traceId, Duration timeout) {
        this.requestId = requestId;
        this.payload = payload.clone();
        this.functionArn = functionArn;
        this.traceId = traceId;
        this.timeout = timeout;
    }

    /** The request id ({@code Lambda-Runtime-Aws-Request-Id}). */
    public String requestId() {
        return requestId;
    }

    byte[] payload() {
        return payload.clone();
    }

    String functionArn() {
        return functionArn;
    }

    String traceId() {
        return traceId;
    }

    Duration timeout() {
        return timeout;
    }

    /** The {@link System#nanoTime()} at delivery, or 0 before. */
    public long deliveredNanos() {
        return deliveredNanos;
    }

    void markDelivered() {
        deliveredNanos = System.nanoTime();
        delivered.complete(System.currentTimeMillis() + timeout.toMillis());
    }

    /** Completed with the deadline (epoch milliseconds) when the runtime takes the invocation. */
    public CompletableFuture<Long> delivered() {
        return delivered;
    }

    /** Completed once with how the invocation ended. */
    public CompletableFuture<RuntimeOutcome> outcome() {
        return outcome;
    }

    /** Ends the invocation unless it has ended already; returns whether this outcome was the one taken. */
    public boolean end(RuntimeOutcome result) {
        return outcome.complete(result);
    }
}
