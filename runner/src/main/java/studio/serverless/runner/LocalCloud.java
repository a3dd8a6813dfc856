package studio.serverless.runner;

import java.net.URI;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.store.InMemoryTableStoreProvider;
import studio.serverless.runner.dynamodb.store.H2TableJournal;
import studio.serverless.runner.endpoint.LocalEndpoint;
import studio.serverless.runner.sqs.api.SqsAdapter;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.H2QueueJournal;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;
import studio.serverless.runner.storage.H2Storage;

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
    /** The account in the ARNs of tables (the in-memory engine's default too). */
    private static final String DEFAULT_ACCOUNT = "000000000000";

    private final LocalEndpoint endpoint;
    private final SqsEngine sqs;
    private final DynamoDbEngine dynamoDb;
    private final Optional<H2Storage> storage;

    private LocalCloud(LocalEndpoint endpoint, SqsEngine sqs, DynamoDbEngine dynamoDb, Optional<H2Storage> storage) {
        this.endpoint = endpoint;
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.storage = storage;
    }

    /** Starts the local cloud on 127.0.0.1 at {@code port} (0 for any free port), in memory, on the system clock. */
    public static LocalCloud start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts the local cloud reading time from {@code clock}, so tests can move time without sleeping. */
    public static LocalCloud start(int port, Clock clock) {
        return start(port, clock, Optional.empty());
    }

    /**
     * Starts the local cloud; with a {@code dataFolder}, state is restored from it and every acknowledged change
     * is written to it before the answer (SQS and DynamoDB today; the other services keep their state in memory).
     *
     * @throws java.io.UncheckedIOException when the port cannot be bound or the data folder cannot be opened
     */
    public static LocalCloud start(int port, Clock clock, Optional<Path> dataFolder) {
        Objects.requireNonNull(clock);
        Optional<H2Storage> storage = dataFolder.map(H2Storage::open);
        try {
            SqsEngine sqs = sqsEngine(clock, storage);
            DynamoDbEngine dynamoDb = dynamoDbEngine(clock, storage);
            LocalEndpoint endpoint = LocalEndpoint.start(port, DEFAULT_REGION, List.of(new SqsAdapter(sqs)));
            return new LocalCloud(endpoint, sqs, dynamoDb, storage);
        } catch (RuntimeException e) {
            storage.ifPresent(H2Storage::close);
            throw e;
        }
    }

    private static SqsEngine sqsEngine(Clock clock, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return new SqsEngine(clock, new InMemoryQueueStore());
        }
        H2QueueJournal journal = H2QueueJournal.in(storage.get());
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore(), journal);
        journal.restoreInto(sqs);
        return sqs;
    }

    private static DynamoDbEngine dynamoDbEngine(Clock clock, Optional<H2Storage> storage) {
        if (storage.isEmpty()) {
            return DynamoDbEngine.inMemory(clock);
        }
        H2TableJournal journal = H2TableJournal.in(storage.get());
        DynamoDbEngine dynamoDb = new DynamoDbEngine(new InMemoryTableStoreProvider(), clock, DEFAULT_REGION,
                DEFAULT_ACCOUNT, journal);
        journal.restoreInto(dynamoDb);
        return dynamoDb;
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

    /** The DynamoDB engine, for creating a diagram's tables directly. */
    public DynamoDbEngine dynamoDb() {
        return dynamoDb;
    }

    /** Stops the endpoint; in-memory state is discarded, stored state is closed (and kept). */
    public void stop() {
        endpoint.close();
        storage.ifPresent(H2Storage::close);
    }

    @Override
    public void close() {
        stop();
    }
}
