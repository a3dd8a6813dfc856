package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import studio.serverless.runner.lambda.runtime.RuntimeOutcome;

/**
 * One function's execution environments: at most its reserved concurrency at once (a permit per running
 * invocation), reusing the most recently used idle environment first (warm), starting one when none is idle
 * (cold), and dropping any that died or broke a limit. Thread-safe.
 */
final class EnvironmentPool implements AutoCloseable {

    private final FunctionConfiguration function;
    private final String functionArn;
    private final EnvironmentLauncher launcher;
    private final InvocationReporter reporter;
    private final Semaphore permits;
    private final Deque<ExecutionEnvironment> idle = new ConcurrentLinkedDeque<>();
    private final Set<ExecutionEnvironment> all = ConcurrentHashMap.newKeySet();
    private final Set<ExecutionEnvironment> retired = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor eventWorkers;
    private volatile boolean closed;

    EnvironmentPool(FunctionConfiguration function, String functionArn, EnvironmentLauncher launcher,
            InvocationReporter reporter) {
        this.function = function;
        this.functionArn = functionArn;
        this.launcher = launcher;
        this.reporter = reporter;
        this.permits = new Semaphore(function.reservedConcurrency());
        int workers = Math.max(1, function.reservedConcurrency());
        this.eventWorkers = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "lambda-event-" + function.name());
                    thread.setDaemon(true);
                    return thread;
                });
        eventWorkers.allowCoreThreadTimeOut(true);
    }

    /**
     * Queues an asynchronous invocation: events wait in the function's queue, run by at most its reserved
     * concurrency of worker threads, each waiting for a free environment.
     */
    void invokeAsync(String requestId, byte[] payload, Consumer<InvocationResult> whenDone) {
        eventWorkers.execute(() -> {
            try {
                whenDone.accept(invoke(requestId, payload, true));
            } catch (LambdaException e) {
                // the function was removed or replaced while the event waited: AWS drops such events too
            }
        });
    }

    FunctionConfiguration function() {
        return function;
    }

    /**
     * Runs one invocation in a warm or new environment.
     *
     * @param waitForCapacity true to queue behind running invocations (asynchronous events), false to be throttled
     * @throws LambdaException {@link LambdaError#TOO_MANY_REQUESTS} when every environment is busy and not waiting
     */
    InvocationResult invoke(String requestId, byte[] payload, boolean waitForCapacity) {
        if (waitForCapacity) {
            awaitPermit();
        } else if (!permits.tryAcquire()) {
            reporter.throttled(function.name());
            throw new LambdaException(LambdaError.TOO_MANY_REQUESTS, "Rate Exceeded.");
        }
        long started = System.nanoTime();
        reporter.started(function.name(), requestId);
        try {
            InvocationResult result = run(requestId, payload);
            reporter.ended(function.name(), result, System.nanoTime() - started);
            return result;
        } finally {
            permits.release();
        }
    }

    /** Waits for a free environment; the function's removal (which interrupts its workers) ends the wait. */
    private void awaitPermit() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaException(LambdaError.TOO_MANY_REQUESTS, "The function was stopped before the event ran.");
        }
    }

    private InvocationResult run(String requestId, byte[] payload) {
        ExecutionEnvironment environment = idle.pollFirst();
        while (environment != null && !environment.alive()) {
            all.remove(environment);
            environment = idle.pollFirst();
        }
        if (environment == null) {
            reporter.coldStart(function.name());
            try {
                environment = launcher.launch(function, functionArn);
                all.add(environment);
            } catch (IOException | RuntimeException e) {
                return startFailed(requestId, e.getMessage());
            }
        }
        try {
            return environment.invoke(requestId, payload);
        } finally {
            if (environment.alive() && !closed && !retired.contains(environment)) {
                idle.addFirst(environment);
            } else {
                retire(environment);
            }
        }
    }

    /**
     * Retires every current environment so that the next invocations start new ones, which load the code afresh:
     * idle environments stop now, running ones when their invocation ends.
     */
    void refresh() {
        retired.addAll(all);
        for (ExecutionEnvironment environment = idle.pollFirst(); environment != null;
                environment = idle.pollFirst()) {
            retire(environment);
        }
    }

    private void retire(ExecutionEnvironment environment) {
        environment.close();
        all.remove(environment);
        retired.remove(environment);
    }

    private InvocationResult startFailed(String requestId, String message) {
        RuntimeOutcome outcome = RuntimeOutcome.environmentError("Runtime.InvalidEntrypoint",
                "RequestId: " + requestId + " Error: " + message);
        String log = LogLines.start(requestId) + "\n" + message + "\n" + LogLines.end(requestId) + "\n";
        return new InvocationResult(requestId, outcome.payload(), true, log);
    }

    /** Kills every environment, idle or running; running invocations end with an exit error. */
    @Override
    public void close() {
        closed = true;
        eventWorkers.shutdownNow();
        all.forEach(ExecutionEnvironment::close);
        all.clear();
        idle.clear();
    }
}
