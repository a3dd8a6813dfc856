package studio.serverless.runner.lambda.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import studio.serverless.runner.lambda.runtime.Invocation;
import studio.serverless.runner.lambda.runtime.RuntimeOutcome;

/**
 * Waits for one invocation's outcome while enforcing Lambda's limits: the init phase gets
 * {@link #INIT_LIMIT} (then the function's timeout, as AWS retries a slow init), the handler gets the function's timeout from the moment the runtime takes the event, and
 * the process may not grow beyond the function's memory size (checked every {@link #CHECK_INTERVAL}). Breaking
 * a limit ends the invocation with AWS's error and kills the environment.
 */
final class InvocationWatch {

    /** AWS's limit on the init phase of an on-demand function. */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    /** How often a running handler's memory is checked. */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(50);

    private final ExecutionEnvironment environment;
    private final Invocation invocation;

    InvocationWatch(ExecutionEnvironment environment, Invocation invocation) {
        this.environment = environment;
        this.invocation = invocation;
    }

    RuntimeOutcome await() {
        long timeoutStart = awaitDelivery();
        if (timeoutStart < 0) {
            return stop(timedOut());
        }
        if (invocation.outcome().isDone()) {
            return invocation.outcome().join();
        }
        long deadline = timeoutStart + environment.function().timeout().toNanos();
        for (long remaining = deadline - System.nanoTime(); remaining > 0; remaining = deadline - System.nanoTime()) {
            if (completes(invocation.outcome(), Math.min(remaining, CHECK_INTERVAL.toNanos()))) {
                return invocation.outcome().join();
            }
            if (environment.residentMegabytes() > environment.function().memoryMegabytes()) {
                return stop(RuntimeOutcome.environmentError("Runtime.OutOfMemory", "RequestId: "
                        + invocation.requestId() + " Error: Runtime exited with error: signal: killed"));
            }
        }
        return stop(timedOut());
    }

    /**
     * Waits until the runtime takes the event (or the invocation ends) and returns when the function's timeout
     * starts: at delivery, or, when the init phase ran past its limit, at that limit. AWS then retries the init
     * within the first invocation, with the function's timeout for init and handler together; here the init goes
     * on rather than starting again, which ends the same way sooner.
     *
     * @return the {@link System#nanoTime()} the timeout counts from, or -1 when the retried init used it all up
     */
    private long awaitDelivery() {
        CompletableFuture<Object> takenOrEnded = CompletableFuture.anyOf(invocation.delivered(), invocation.outcome());
        Duration initLimit = environment.start().initLimit();
        if (completes(takenOrEnded, initLimit.toNanos())) {
            return invocation.deliveredNanos();
        }
        long retried = System.nanoTime();
        environment.output().write(LogLines.initTimedOut(initLimit.toMillis()));
        return completes(takenOrEnded, environment.function().timeout().toNanos()) ? retried : -1;
    }

    private RuntimeOutcome timedOut() {
        double seconds = environment.function().timeout().toMillis() / 1000.0;
        environment.output().write(LogLines.timedOut(invocation.requestId(), seconds));
        return RuntimeOutcome.environmentError("Sandbox.Timedout", "RequestId: " + invocation.requestId()
                + " Error: " + LogLines.timeoutMessage(seconds));
    }

    /** Ends the invocation with {@code outcome} (unless the runtime answered just now) and kills the process. */
    private RuntimeOutcome stop(RuntimeOutcome outcome) {
        invocation.end(outcome);
        environment.close();
        return invocation.outcome().join();
    }

    private boolean completes(CompletableFuture<?> future, long nanos) {
        try {
            future.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.end(RuntimeOutcome.environmentError("ServiceException", "The runner is stopping."));
            return true;
        }
    }
}
