package studio.serverless.runner.lambda.runtime;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-over between the engine and one execution environment's runtime: the engine submits an invocation,
 * the runtime takes it with {@code /next} and reports its end. One invocation at a time, as on AWS. Thread-safe.
 */
public final class RuntimeSession {

    private static final Invocation CLOSED = new Invocation("closed", new byte[0], "", "", java.time.Duration.ZERO);

    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final AtomicReference<Invocation> current = new AtomicReference<>();
    private final AtomicReference<RuntimeOutcome> initError = new AtomicReference<>();

    /** Queues {@code invocation} for the runtime's next {@code /next}; ends it at once after an init error. */
    public void submit(Invocation invocation) {
        current.set(invocation);
        RuntimeOutcome failedInit = initError.get();
        if (failedInit != null) {
            invocation.end(failedInit);
            return;
        }
        pending.add(invocation);
    }

    /**
     * Blocks until an invocation is submitted, marks it delivered with its deadline, and returns it; returns null
     * once the session is closed.
     */
    Invocation next() throws InterruptedException {
        Invocation invocation = pending.take();
        if (invocation == CLOSED) {
            pending.add(CLOSED);
            return null;
        }
        invocation.markDelivered();
        return invocation;
    }

    /** Ends the current invocation if its id is {@code requestId}; false for an unknown or finished id. */
    boolean end(String requestId, RuntimeOutcome outcome) {
        Invocation invocation = current.get();
        return invocation != null && invocation.requestId().equals(requestId) && invocation.end(outcome);
    }

    /** Records an init error and ends the current invocation with it. */
    void initFailed(RuntimeOutcome outcome) {
        initError.compareAndSet(null, outcome);
        Invocation invocation = current.get();
        if (invocation != null) {
            invocation.end(outcome);
        }
    }

    /** Releases a runtime waiting in {@code /next} and every later one: the environment is going away. */
    public void close() {
        pending.add(CLOSED);
    }
}
