package studio.serverless.app.desktop.run.panels;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import studio.serverless.app.run.cost.Usage;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceMetrics;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.activity.ServiceCallActivity;

/**
 * What a run used, for the cost projection: counted from its activity as it happens (API requests, calls on tables,
 * queues, buckets and buses, deliveries, executions) and read from its counters when asked (function invocations,
 * their time and memory; messages published). Approximations, said in the cost panel's note: each table call is one
 * request unit (items up to 1 KB written, 4 KB read), each queue delivery one SQS request (the poller's receive),
 * Step Functions transitions are the tasks run plus two per execution. Entry requests are the API requests, calls
 * from outside the local cloud (the test panel, scripts, the AWS CLI) and rule deliveries (schedules).
 */
final class RunUsage implements Consumer<Activity> {

    private static final Set<String> TABLE_READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan",
            "TransactGetItems");
    private static final Set<String> BUCKET_READS = Set.of("GetObject", "HeadObject");

    private final LongSupplier nanoTime;
    private final long startedAt;
    private final LongAdder entryRequests = new LongAdder();
    private final LongAdder apiRequests = new LongAdder();
    private final LongAdder tableReads = new LongAdder();
    private final LongAdder tableWrites = new LongAdder();
    private final LongAdder queueRequests = new LongAdder();
    private final LongAdder bucketReads = new LongAdder();
    private final LongAdder bucketWrites = new LongAdder();
    private final LongAdder busEvents = new LongAdder();
    private final LongAdder transitions = new LongAdder();

    /** Usage counted from now on this clock (nanoseconds, e.g. {@code System::nanoTime}). */
    RunUsage(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    @Override
    public void accept(Activity activity) {
        if (activity.failed() && activity.kind() != ActivityKind.INVOCATION_ERROR) {
            return;
        }
        switch (activity.kind()) {
            case API_REQUEST -> {
                apiRequests.increment();
                entryRequests.increment();
            }
            case SERVICE_CALL -> called(activity);
            case DELIVERY -> delivered(activity.from());
            case TASK, EXECUTION_START, EXECUTION_END -> transitions.increment();
            default -> {
            }
        }
    }

    /** The usage so far, with the functions' invocations and time and the topics' publishes from these counters. */
    Usage usage(ResourceMetrics metrics) {
        Usage usage = Usage.of(Duration.ofNanos(Math.max(1, nanoTime.getAsLong() - startedAt)), entryRequests.sum());
        for (var function : metrics.functions().entrySet()) {
            usage = usage.withFunction(new Usage.Function(function.getKey(), function.getValue().invocations(),
                    function.getValue().durationMillis(), function.getValue().memoryMegabytes(),
                    Usage.Architecture.X86_64));
        }
        long published = metrics.topicPublishes().values().stream().mapToLong(Long::longValue).sum();
        return usage.with(new Usage.Apis(apiRequests.sum(), 0))
                .with(new Usage.DynamoDb(tableReads.sum(), tableWrites.sum(), 0))
                .with(new Usage.S3(bucketWrites.sum(), bucketReads.sum(), 0))
                .with(new Usage.Queues(queueRequests.sum(), 0))
                .with(new Usage.Topics(published, 0, 0, 0, 0))
                .with(new Usage.StepFunctions(transitions.sum(), 0, 0, 0))
                .withEventBridgeCustomEvents(busEvents.sum());
    }

    private void called(Activity activity) {
        String operation = activity.summary().replace(ServiceCallActivity.OUTSIDE, "");
        if (activity.summary().endsWith(ServiceCallActivity.OUTSIDE)) {
            entryRequests.increment();
        }
        ResourceRef resource = activity.to().orElse(activity.from());
        switch (resource.kind()) {
            case DYNAMODB_TABLE -> (TABLE_READS.contains(operation) ? tableReads : tableWrites).increment();
            case SQS_QUEUE -> queueRequests.increment();
            case S3_BUCKET -> (BUCKET_READS.contains(operation) ? bucketReads : bucketWrites).increment();
            case EVENTBRIDGE_RULE -> busEvents.increment();
            default -> {
            }
        }
    }

    private void delivered(ResourceRef from) {
        if (from.kind() == ServiceKind.SQS_QUEUE) {
            queueRequests.increment();
        } else if (from.kind() == ServiceKind.EVENTBRIDGE_RULE) {
            entryRequests.increment();
        }
    }
}
