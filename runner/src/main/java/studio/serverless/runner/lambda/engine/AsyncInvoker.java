package studio.serverless.runner.lambda.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;
import studio.serverless.runner.delivery.DeadLetter;
import studio.serverless.runner.delivery.DestinationSender;

/**
 * Lambda's handling of asynchronous events: a failed event is retried up to the function's maximum retry attempts
 * after growing delays (AWS: about one, then two minutes), unless it would outlive its maximum event age; then
 * its record goes to the on-failure destination and the event to the dead-letter queue, and a success's record
 * to the on-success destination.
 */
final class AsyncInvoker implements AutoCloseable {

    /** AWS's delays before the first and the second retry. */
    static final List<Duration> AWS_RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2));
    private static final Logger LOG = Logger.getLogger(AsyncInvoker.class.getName());

    private final Function<String, EnvironmentPool> pools;
    private final Function<String, String> arns;
    private final Map<String, AsyncSettings> settings = new ConcurrentHashMap<>();
    private final AtomicReference<List<Duration>> retryDelays = new AtomicReference<>(AWS_RETRY_DELAYS);
    private final AtomicReference<DestinationSender> destinations = new AtomicReference<>(DestinationSender.NONE);
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lambda-async-retries");
        thread.setDaemon(true);
        return thread;
    });

    AsyncInvoker(Function<String, EnvironmentPool> pools, Function<String, String> arns) {
        this.pools = pools;
        this.arns = arns;
    }

    void configure(String functionName, AsyncSettings functionSettings) {
        settings.put(functionName, functionSettings);
    }

    void useRetryDelays(List<Duration> delays) {
        retryDelays.set(List.copyOf(delays));
    }

    void useDestinations(DestinationSender sender) {
        destinations.set(sender);
    }

    void submit(AsyncEvent event) {
        EnvironmentPool pool;
        try {
            pool = pools.apply(event.functionName());
        } catch (LambdaException e) {
            LOG.warning("dropped event " + event.requestId() + ": " + e.getMessage());
            return;
        }
        pool.invokeAsync(event.requestId(), event.payload(), result -> completed(event, result));
    }

    private void completed(AsyncEvent event, InvocationResult result) {
        if (retries.isShutdown()) {
            return; // the engine is closing: the invocation was cut short, not failed
        }
        AsyncSettings function = settings.getOrDefault(event.functionName(), AsyncSettings.DEFAULT);
        if (!result.failed()) {
            send(function.onSuccess(), event, result, "Success");
            return;
        }
        if (event.attempt() > function.maximumRetryAttempts()) {
            failed(function, event, result, "RetriesExhausted");
            return;
        }
        List<Duration> delays = retryDelays.get();
        Duration delay = delays.get(Math.min(event.attempt(), delays.size()) - 1);
        long age = System.currentTimeMillis() - event.queuedAt() + delay.toMillis();
        if (age > function.maximumEventAge().toMillis()) {
            failed(function, event, result, "EventAgeExceeded");
            return;
        }
        retries.schedule(() -> submit(event.retry()), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The event is given up: its record to the on-failure destination, the event itself to the dead-letter queue. */
    private void failed(AsyncSettings function, AsyncEvent event, InvocationResult result, String condition) {
        send(function.onFailure(), event, result, condition);
        if (function.deadLetterTarget() != null) {
            destinations.get().sendDeadLetter(function.deadLetterTarget(), new DeadLetter(
                    new String(event.payload(), StandardCharsets.UTF_8), event.requestId(), 200,
                    ErrorDocuments.message(result.payload())));
        }
    }

    private void send(String destination, AsyncEvent event, InvocationResult result, String condition) {
        if (destination == null) {
            if (result.failed()) {
                LOG.info(() -> "asynchronous invocation " + event.requestId() + " of " + event.functionName()
                        + " failed (" + condition + "): " + result.payloadText());
            }
            return;
        }
        String record = DestinationRecord.of(event, arns.apply(event.functionName()), result, condition);
        destinations.get().send(destination, record);
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
