package studio.serverless.runner;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ResourceMetrics;
import studio.serverless.runner.activity.ServiceCallActivity;
import studio.serverless.runner.stepfunctions.engine.ExecutionJournal;
import studio.serverless.runner.stepfunctions.service.ExecutionActivity;
import studio.serverless.runner.stepfunctions.service.MachineJournal;
import studio.serverless.runner.stepfunctions.tasks.TaskActivity;
import studio.serverless.runner.delivery.DestinationSender;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.delivery.ServiceDestinations;
import studio.serverless.runner.dynamodb.api.DynamoDbAdapter;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.endpoint.LocalEndpoint;
import studio.serverless.runner.events.api.EventsAdapter;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.kinesis.api.KinesisAdapter;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.lambda.api.LambdaAdapter;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaFunctionInvoker;
import studio.serverless.runner.lambda.mapping.EventSourceMappings;
import studio.serverless.runner.s3.api.S3Adapter;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.StorageLayout;
import studio.serverless.runner.sns.api.SnsAdapter;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sqs.api.SqsAdapter;
import studio.serverless.runner.stepfunctions.api.StepFunctionsAdapter;
import studio.serverless.runner.stepfunctions.service.StepFunctionsLocal;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.store.StoredStepFunctions;
import studio.serverless.runner.stepfunctions.tasks.IntegratedServices;
import studio.serverless.runner.stepfunctions.tasks.LocalTaskIntegrations;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.storage.H2Storage;

/**
 * The local cloud: the emulated services (SQS, DynamoDB, S3, SNS, EventBridge, Kinesis, Step Functions) and
 * functions (Lambda) behind one loopback endpoint. Point an AWS SDK at {@link #endpoint()} ({@code endpointOverride}
 * or {@code AWS_ENDPOINT_URL}) with any credentials.
 * Start it with one of the {@code start} methods, stop it with {@link #stop()} (or try-with-resources).
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
    private final ServiceEngines engines;
    private final LambdaEngine lambda;
    private final EventSourceMappings mappings;
    private final TimeToLiveSweeper sweeper;
    private final ScheduleTicker ticker;
    private final StepFunctionsLocal stepFunctions;
    private final ActivityFeed activity;
    private final CloudMetrics metrics;

    private LocalCloud(LocalEndpoint endpoint, ServiceEngines engines, LambdaEngine lambda,
                       StepFunctionsLocal stepFunctions, ExecutionActivity executions, Clock clock,
                       DestinationSender destinations) {
        this.endpoint = endpoint;
        this.activity = lambda.activityFeed();
        this.metrics = new CloudMetrics(engines, lambda, stepFunctions.service(), executions, clock);
        this.engines = engines;
        this.lambda = lambda;
        this.stepFunctions = stepFunctions;
        this.mappings = new EventSourceMappings(engines.sqs(), lambda, DEFAULT_REGION, clock, destinations);
        this.sweeper = TimeToLiveSweeper.start(engines.dynamoDb());
        this.ticker = clock.equals(Clock.systemUTC()) || clock instanceof AdvanceableClock
                ? ScheduleTicker.start(engines.events()) : null;
    }

    /**
     * Starts the local cloud on 127.0.0.1 at {@code port} (0 for any free port), in memory, on the system clock;
     * EventBridge schedules fire on their own, checked once a second.
     */
    public static LocalCloud start(int port) {
        return start(port, Clock.systemUTC(), Optional.empty());
    }

    /**
     * Starts the local cloud reading time from {@code clock}, so tests can move time without sleeping. Unless the
     * clock is the system clock or an {@link AdvanceableClock}, schedules do not fire on their own: whoever moves
     * the clock calls {@link EventsEngine#fireDueSchedules()}.
     */
    public static LocalCloud start(int port, Clock clock) {
        return start(port, clock, Optional.empty());
    }

    /**
     * Starts the local cloud; with a {@code dataFolder}, state is restored from it and every acknowledged change is
     * written to it before the answer (SQS, DynamoDB, SNS, EventBridge, Kinesis and Step Functions in H2, S3
     * objects as files). Step Functions executions that were running when it stopped end ABORTED.
     *
     * @throws java.io.UncheckedIOException when the port cannot be bound or the data folder cannot be opened
     */
    public static LocalCloud start(int port, Clock clock, Optional<Path> dataFolder) {
        Objects.requireNonNull(clock);
        ActivityFeed activity = new ActivityFeed(clock);
        ServiceEngines engines = ServiceEngines.create(clock, dataFolder, activity);
        LambdaEngine lambda = new LambdaEngine(DEFAULT_REGION, CallerIdentity.ACCOUNT_ID);
        lambda.reportActivityTo(activity);
        ExecutionActivity executions = new ExecutionActivity(activity);
        StepFunctionsLocal stepFunctions;
        try {
            stepFunctions = LocalTaskIntegrations.stepFunctions(clock, new IntegratedServices(lambda,
                    engines.dynamoDb(), engines.sqs(), engines.sns(), engines.events()), DEFAULT_REGION,
                    tasks -> stepFunctions(clock, new TaskActivity(tasks, activity), engines.storage(), executions));
        } catch (RuntimeException e) {
            lambda.close();
            release(engines);
            throw e;
        }
        try {
            LocalEndpoint endpoint = endpoint(port, engines, lambda, stepFunctions, activity);
            engines.integrations().useStateMachines(stepFunctions.starter());
            engines.endpointUrl().set(endpoint.uri().toString());
            lambda.useSharedVariables(Map.of("AWS_ENDPOINT_URL", endpoint.uri().toString()));
            engines.integrations().useFunctions(new LambdaFunctionInvoker(lambda));
            DestinationSender destinations = new ServiceDestinations(engines.sqs(), engines.sns(),
                    engines.integrations());
            lambda.useDestinations(destinations);
            return new LocalCloud(endpoint, engines, lambda, stepFunctions, executions, clock, destinations);
        } catch (RuntimeException e) {
            stepFunctions.close();
            lambda.close();
            release(engines);
            throw e;
        }
    }

    /** The endpoint of every service, telling the activity feed who called what. */
    private static LocalEndpoint endpoint(int port, ServiceEngines engines, LambdaEngine lambda,
                                          StepFunctionsLocal stepFunctions, ActivityFeed activity) {
        return LocalEndpoint.start(port, DEFAULT_REGION, List.of(
                new SqsAdapter(engines.sqs()), new DynamoDbAdapter(engines.dynamoDb()),
                new SnsAdapter(engines.sns()), new EventsAdapter(engines.events()), new LambdaAdapter(lambda),
                new KinesisAdapter(engines.kinesis()), new S3Adapter(engines.s3()),
                new StepFunctionsAdapter(stepFunctions.service())),
                new ServiceCallActivity(activity, lambda::functionWithAccessKey));
    }

    /** Step Functions kept in the data folder's H2 database when there is one, else in memory. */
    private static StepFunctionsLocal stepFunctions(Clock clock, TaskInvoker tasks, Optional<H2Storage> storage,
                                                    ExecutionActivity executions) {
        return storage.map(h2 -> StoredStepFunctions.open(h2, clock, tasks, DEFAULT_REGION, CallerIdentity.ACCOUNT_ID,
                        executions::around))
                .orElseGet(() -> new StepFunctionsLocal(clock, tasks, DEFAULT_REGION, CallerIdentity.ACCOUNT_ID,
                        MachineJournal.NONE, executions.around(ExecutionJournal.NONE)));
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
        return engines.sqs();
    }

    /** The DynamoDB engine, for creating a diagram's tables directly and listening to their streams. */
    public DynamoDbEngine dynamoDb() {
        return engines.dynamoDb();
    }

    /** The S3 engine, for creating a diagram's buckets and listening to its event notifications. */
    public S3Engine s3() {
        return engines.s3();
    }

    /** The SNS engine, for creating a diagram's topics directly. */
    public SnsEngine sns() {
        return engines.sns();
    }

    /** The EventBridge engine; see {@link #start(int, Clock)} for when schedules fire. */
    public EventsEngine events() {
        return engines.events();
    }

    /**
     * The Kinesis Data Streams engine, for creating a diagram's streams directly and for event source mappings to
     * read shards in process ({@link KinesisEngine#reader()}).
     */
    public KinesisEngine kinesis() {
        return engines.kinesis();
    }

    /**
     * The functions: register a diagram's functions here and they answer the Lambda Invoke API on
     * {@link #endpoint()} and receive SNS and EventBridge deliveries. Their environments get
     * {@code AWS_ENDPOINT_URL} pointing at this local cloud.
     */
    public LambdaEngine lambda() {
        return lambda;
    }

    /** The event source mappings (queues and streams polled for functions); stopped with the local cloud. */
    public EventSourceMappings eventSourceMappings() {
        return mappings;
    }

    /**
     * Where functions and state machines are delivered to: functions go to {@link #lambda()} until another invoker
     * is plugged in here.
     */
    public Integrations integrations() {
        return engines.integrations();
    }

    /** Step Functions: state machines and their executions (the API answers on {@link #endpoint()}). */
    public StepFunctionsService stepFunctions() {
        return stepFunctions.service();
    }

    /**
     * When the next thing scheduled on the cloud's clock falls due: an EventBridge schedule's next firing, or a Step
     * Functions Wait state's end or retry back-off; empty when nothing is scheduled. (Delayed or invisible SQS
     * messages are not counted.) Advancing the clock to this time makes that work run.
     */
    public Optional<Instant> nextScheduledWork() {
        Optional<Instant> schedule = engines.events().nextScheduledFiring();
        Optional<Instant> step = stepFunctions.nextTimer();
        return schedule.isEmpty() ? step : step.filter(time -> time.isBefore(schedule.get())).or(() -> schedule);
    }

    /**
     * What happens in the local cloud as it happens: invocations, calls on the API (attributed to the function that
     * made them), deliveries between resources. Listeners run on the emitting thread and must return fast.
     */
    public ActivityFeed activity() {
        return activity;
    }

    /**
     * A snapshot of every resource's counters now: per function invocations, errors, throttles and cold starts; per
     * queue visible, in-flight and delayed messages; items per table, objects per bucket, running executions per
     * state machine, messages published per topic. Cheap enough to take every second.
     */
    public ResourceMetrics metrics() {
        return metrics.snapshot();
    }

    /** Stops the endpoint and background work; in-memory state is discarded, stored state is closed (and kept). */
    public void stop() {
        if (ticker != null) {
            ticker.close();
        }
        sweeper.close();
        endpoint.close();
        mappings.close();
        stepFunctions.close();
        lambda.close();
        release(engines);
    }

    private static void release(ServiceEngines engines) {
        engines.storage().ifPresent(H2Storage::close);
        if (engines.temporaryS3() != null) {
            StorageLayout.deleteQuietly(engines.temporaryS3());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
