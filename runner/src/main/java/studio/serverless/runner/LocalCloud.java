package studio.serverless.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import studio.serverless.runner.endpoint.LocalEndpoint;
import studio.serverless.runner.s3.api.S3Adapter;
import studio.serverless.runner.s3.engine.S3Engine;
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

    private final LocalEndpoint endpoint;
    private final SqsEngine sqs;
    private final S3Engine s3;
    private final Path temporaryStorage;

    private LocalCloud(LocalEndpoint endpoint, SqsEngine sqs, S3Engine s3, Path temporaryStorage) {
        this.endpoint = endpoint;
        this.sqs = sqs;
        this.s3 = s3;
        this.temporaryStorage = temporaryStorage;
    }

    /** Starts the local cloud on 127.0.0.1 at {@code port} (0 for any free port), in memory, on the system clock. */
    public static LocalCloud start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts the local cloud reading time from {@code clock}, so tests can move time without sleeping. */
    public static LocalCloud start(int port, Clock clock) {
        return start(port, clock, null);
    }

    /**
     * Starts the local cloud with S3 objects stored under {@code s3Storage}, or, when it is null, under a new
     * temporary folder that {@link #stop()} deletes.
     */
    public static LocalCloud start(int port, Clock clock, Path s3Storage) {
        Objects.requireNonNull(clock);
        Path temporary = s3Storage == null ? temporaryFolder() : null;
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        S3Engine s3 = new S3Engine(s3Storage == null ? temporary : s3Storage, clock);
        LocalEndpoint endpoint = LocalEndpoint.start(port, DEFAULT_REGION,
                List.of(new SqsAdapter(sqs), new S3Adapter(s3)));
        return new LocalCloud(endpoint, sqs, s3, temporary);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("studio-s3-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for S3 objects", e);
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

    /** The S3 engine, for creating a diagram's buckets and listening to its event notifications. */
    public S3Engine s3() {
        return s3;
    }

    /** Stops the endpoint; in-memory state and a temporary S3 storage folder are discarded. */
    public void stop() {
        endpoint.close();
        if (temporaryStorage != null) {
            studio.serverless.runner.s3.engine.StorageLayout.deleteQuietly(temporaryStorage);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
