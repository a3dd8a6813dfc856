package studio.serverless.runner;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;
import java.util.Objects;
import studio.serverless.runner.dynamodb.api.DynamoDbAdapter;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.store.InMemoryTableStoreProvider;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.endpoint.LocalEndpoint;
import studio.serverless.runner.sqs.api.SqsAdapter;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;

/**
 * The local cloud: the emulated services behind one loopback endpoint. Point an AWS SDK at {@link #endpoint()}
 * ({@code endpointOverride} or {@code AWS_ENDPOINT_URL}) with any credentials. Start it with {@link #start(int)},
 * stop it with {@link #stop()} (or try-with-resources).
 */
public final class LocalCloud implements AutoCloseable {

    /**
     * The default port: next to LocalStack's 4566 but not it, and outside LocalStack's 4510-4559 range, so both
     * can run side by side.
     */
    public static final int DEFAULT_PORT = 4577;
    /** The region of requests that carry no credential scope. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** How often items whose TTL has passed are deleted (AWS takes up to a few days; locally it is prompt). */
    static final Duration TIME_TO_LIVE_SWEEP = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(LocalCloud.class.getName());

    private final LocalEndpoint endpoint;
    private final SqsEngine sqs;
    private final DynamoDbEngine dynamodb;
    private final ScheduledExecutorService sweeper;

    private LocalCloud(LocalEndpoint endpoint, SqsEngine sqs, DynamoDbEngine dynamodb) {
        this.endpoint = endpoint;
        this.sqs = sqs;
        this.dynamodb = dynamodb;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dynamodb-ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::expireItems, TIME_TO_LIVE_SWEEP.toMillis(),
                TIME_TO_LIVE_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the local cloud on 127.0.0.1 at {@code port} (0 for any free port), in memory, on the system clock. */
    public static LocalCloud start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts the local cloud reading time from {@code clock}, so tests can move time without sleeping. */
    public static LocalCloud start(int port, Clock clock) {
        Objects.requireNonNull(clock);
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        DynamoDbEngine dynamodb = new DynamoDbEngine(new InMemoryTableStoreProvider(), clock, DEFAULT_REGION,
                CallerIdentity.ACCOUNT_ID);
        LocalEndpoint endpoint = LocalEndpoint.start(port, DEFAULT_REGION,
                List.of(new SqsAdapter(sqs), new DynamoDbAdapter(dynamodb)));
        return new LocalCloud(endpoint, sqs, dynamodb);
    }

    /** One TTL sweep; a failure is logged and the next sweep still runs (a thrown task would stop them all). */
    private void expireItems() {
        try {
            dynamodb.expireItems();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DynamoDB TTL sweep failed", e);
        }
    }

    /** The endpoint's URI, e.g. {@code http://127.0.0.1:4577}. */
    public URI endpoint() {
        return endpoint.uri();
    }

    /** The port the endpoint listens on. */
    public int port() {
        return endpoint.address().getPort();
    }

    /** The SQS engine, for creating a diagram's queues directly. */
    public SqsEngine sqs() {
        return sqs;
    }

    /** The DynamoDB engine, for creating a diagram's tables directly and listening to their streams. */
    public DynamoDbEngine dynamodb() {
        return dynamodb;
    }

    /** Stops the endpoint and the TTL sweeper; in-memory state is discarded. */
    public void stop() {
        sweeper.shutdownNow();
        endpoint.close();
    }

    @Override
    public void close() {
        stop();
    }
}
