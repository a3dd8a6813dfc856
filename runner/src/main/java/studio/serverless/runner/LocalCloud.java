package studio.serverless.runner;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.endpoint.LocalEndpoint;
import studio.serverless.runner.events.api.EventsAdapter;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.sns.api.SnsAdapter;
import studio.serverless.runner.sns.engine.SnsEngine;
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
    private final SnsEngine sns;
    private final EventsEngine events;
    private final Integrations integrations;
    private final ScheduleTicker ticker;

    private LocalCloud(LocalEndpoint endpoint, SqsEngine sqs, SnsEngine sns, EventsEngine events,
            Integrations integrations, boolean tick) {
        this.endpoint = endpoint;
        this.sqs = sqs;
        this.sns = sns;
        this.events = events;
        this.integrations = integrations;
        this.ticker = tick ? ScheduleTicker.start(events) : null;
    }

    /**
     * Starts the local cloud on 127.0.0.1 at {@code port} (0 for any free port), in memory, on the system clock;
     * EventBridge schedules fire on their own, checked once a second.
     */
    public static LocalCloud start(int port) {
        return start(port, Clock.systemUTC(), true);
    }

    /**
     * Starts the local cloud reading time from {@code clock}, so tests can move time without sleeping. Schedules
     * do not fire on their own: whoever moves the clock calls {@link EventsEngine#fireDueSchedules()}.
     */
    public static LocalCloud start(int port, Clock clock) {
        return start(port, clock, false);
    }

    private static LocalCloud start(int port, Clock clock, boolean tick) {
        Objects.requireNonNull(clock);
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        Integrations integrations = new Integrations();
        AtomicReference<String> url = new AtomicReference<>("http://127.0.0.1:" + DEFAULT_PORT);
        SnsEngine sns = new SnsEngine(clock, sqs, integrations, url::get);
        EventsEngine events = new EventsEngine(clock, DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, sqs, sns,
                integrations);
        LocalEndpoint endpoint = LocalEndpoint.start(port, DEFAULT_REGION,
                List.of(new SqsAdapter(sqs), new SnsAdapter(sns), new EventsAdapter(events)));
        url.set(endpoint.uri().toString());
        return new LocalCloud(endpoint, sqs, sns, events, integrations, tick);
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

    /** The SNS engine, for creating a diagram's topics directly. */
    public SnsEngine sns() {
        return sns;
    }

    /**
     * The EventBridge engine. On the system clock schedules fire once a second; on a clock given to
     * {@link #start(int, Clock)} the caller fires them with {@link EventsEngine#fireDueSchedules()}.
     */
    public EventsEngine events() {
        return events;
    }

    /** Where functions and state machines are delivered to; plug the runtimes in here. */
    public Integrations integrations() {
        return integrations;
    }

    /** Stops the endpoint; in-memory state is discarded. */
    public void stop() {
        if (ticker != null) {
            ticker.close();
        }
        endpoint.close();
    }

    @Override
    public void close() {
        stop();
    }
}
