package studio.serverless.runner.lambda.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import studio.serverless.runner.activity.ActivityFeed;
import java.util.concurrent.ConcurrentHashMap;
import studio.serverless.runner.delivery.DestinationSender;
import studio.serverless.runner.endpoint.RequestIds;

/**
 * The functions of the local cloud and their execution environments. Register functions (again, to reload them),
 * then invoke them synchronously (throttled beyond their reserved concurrency) or asynchronously (queued until an
 * environment is free). Thread-safe; {@link #close()} kills every runtime process.
 */
public final class LambdaEngine implements AutoCloseable {

    private final String region;
    private final String accountId;
    private final FunctionAccessKeys accessKeys = new FunctionAccessKeys();
    private final InvocationReporter reporter = new InvocationReporter();
    private final EnvironmentLauncher launcher;
    private final Map<String, EnvironmentPool> pools = new ConcurrentHashMap<>();
    private final AsyncInvoker async = new AsyncInvoker(this::pool, this::arn);

    /** An engine whose functions live in {@code region} of {@code accountId}. */
    public LambdaEngine(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
        this.launcher = new EnvironmentLauncher(region, accessKeys);
    }

    /**
     * Sends every function's log lines to {@code listener} from now on, replacing the one set before
     * ({@code studio run} streams them); listeners added with {@link #addLogListener} get them too.
     */
    public void useLogListener(FunctionLogListener listener) {
        launcher.logListeners().useMain(listener);
    }

    /**
     * Adds a listener of every function's log lines ({@code (functionName, line)}: the handler's output and the
     * START, END and REPORT lines), called on the function's output reader thread; it must return fast. Any number
     * may listen at once; close the returned subscription to stop.
     */
    public LogSubscription addLogListener(BiConsumer<String, String> listener) {
        return launcher.logListeners().add(listener);
    }

    /** Publishes invocations, errors, throttles and cold starts to {@code feed} from now on. */
    public void reportActivityTo(ActivityFeed feed) {
        reporter.useFeed(feed);
    }

    /** The feed this engine publishes to (quiet until {@link #reportActivityTo} is called). */
    public ActivityFeed activityFeed() {
        return reporter.feed();
    }

    /** The counters of function {@code name} ({@link FunctionStatistics#NONE} for one that never ran). */
    public FunctionStatistics statistics(String name) {
        return reporter.statistics(name);
    }

    /** The names of the registered functions. */
    public Set<String> functionNames() {
        return Set.copyOf(pools.keySet());
    }

    /**
     * The function whose environment was given {@code accessKeyId} (each function's environment gets its own),
     * or empty for any other key: the endpoint attributes calls to functions with it.
     */
    public Optional<String> functionWithAccessKey(String accessKeyId) {
        return accessKeys.functionOf(accessKeyId);
    }

    /**
     * Sets how long an init phase may run before it is retried within the invocation, with the function's timeout
     * (AWS: 10 seconds, the default), for environments started from now on; tests shorten it.
     */
    public void useInitLimit(Duration limit) {
        launcher.useInitLimit(limit);
    }

    /**
     * Gives every environment started from now on these variables ({@code AWS_ENDPOINT_URL} of the local cloud),
     * under the function's own.
     */
    public void useSharedVariables(Map<String, String> variables) {
        launcher.useSharedVariables(variables);
    }

    /**
     * Adds a function, or replaces it: the old one's environments are stopped, so the next invocation loads the
     * code afresh.
     *
     * @throws IllegalArgumentException when the runtime is not one Lambda offers
     */
    public void register(FunctionConfiguration function) {
        RuntimeKind.of(function.runtime());
        EnvironmentPool old = pools.put(function.name(), new EnvironmentPool(function, arn(function.name()), launcher,
                reporter));
        if (old != null) {
            old.close();
        }
    }

    /**
     * Makes the next invocations of a function load its code afresh (its files changed): idle environments stop
     * now, running invocations finish in theirs first.
     *
     * @throws LambdaException {@link LambdaError#RESOURCE_NOT_FOUND} when there is no such function
     */
    public void reload(String name) {
        pool(name).refresh();
    }

    /** Removes a function and stops its environments; unknown names are ignored. */
    public void remove(String name) {
        EnvironmentPool old = pools.remove(name);
        if (old != null) {
            old.close();
        }
    }

    /** The function called {@code name}, if registered. */
    public Optional<FunctionConfiguration> function(String name) {
        return Optional.ofNullable(pools.get(name)).map(EnvironmentPool::function);
    }

    /** The unqualified ARN of function {@code name} ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}). */
    public String arn(String name) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }

    /**
     * Invokes {@code name} synchronously and returns its result, a failed one included.
     *
     * @throws LambdaException not found, throttled, or a runtime that is not run locally
     */
    public InvocationResult invoke(String name, byte[] payload) {
        return invoke(name, RequestIds.next(), payload);
    }

    /** Invokes {@code name} synchronously under the given request id (the Invoke call's own). */
    public InvocationResult invoke(String name, String requestId, byte[] payload) {
        return pool(name).invoke(requestId, payload, false);
    }

    /**
     * Queues an asynchronous invocation and returns at once with its request id. Events wait in the function's
     * queue until an environment is free; failures are retried and records sent to destinations as the function's
     * {@link AsyncSettings} say.
     *
     * @throws LambdaException not found, or a runtime that is not run locally
     */
    public String invokeAsync(String name, byte[] payload) {
        return invokeAsync(name, RequestIds.next(), payload);
    }

    /** Queues an asynchronous invocation under the given request id and returns it. */
    public String invokeAsync(String name, String requestId, byte[] payload) {
        pool(name);
        async.submit(new AsyncEvent(name, requestId, payload, System.currentTimeMillis(), 1));
        return requestId;
    }

    /** Sets a function's retries, maximum event age and destinations ({@link AsyncSettings#DEFAULT} until then). */
    public void configureAsync(String name, AsyncSettings settings) {
        async.configure(name, settings);
    }

    /** Replaces AWS's retry delays (one, then two minutes): tests and impatient developers use shorter ones. */
    public void useRetryDelays(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("retry delays: expected at least one delay");
        }
        async.useRetryDelays(delays);
    }

    /** Sends destination records through {@code sender} from now on. */
    public void useDestinations(DestinationSender sender) {
        async.useDestinations(sender);
    }

    private EnvironmentPool pool(String name) {
        EnvironmentPool pool = pools.get(name);
        if (pool == null) {
            throw new LambdaException(LambdaError.RESOURCE_NOT_FOUND, "Function not found: " + arn(name));
        }
        return pool;
    }

    /** Stops every environment of every function. */
    @Override
    public void close() {
        async.close();
        pools.values().forEach(EnvironmentPool::close);
        pools.clear();
    }
}
