package studio.serverless.app.run.cost;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a run used, as totals over the time it ran ({@link #observedOver()}): the traffic a cost projection scales
 * to a month. Counts are as AWS bills them (billed milliseconds rounded up per invocation, SQS and SNS requests in
 * 64 KB chunks); {@link #entryRequests()} is how many requests arrived at the architecture's entry points (API
 * routes, test-panel sends, schedules), the unit a user states a monthly volume in. Storage figures are what the
 * run left stored. Build one with {@link #of(Duration, long)} and the {@code with} methods.
 */
public record Usage(Duration observedOver, long entryRequests, List<Function> functions, Apis apis,
                    DynamoDb dynamoDb, S3 s3, Queues sqs, Topics sns, StepFunctions stepFunctions,
                    long eventBridgeCustomEvents, Kinesis kinesis) {

    /** The processor a function runs on; arm64's compute is cheaper. */
    public enum Architecture { X86_64, ARM64 }

    /** One function: its invocations, their billed milliseconds summed, its memory and architecture. */
    public record Function(String name, long requests, long billedMilliseconds, int memoryMb,
                           Architecture architecture) {
    }

    /** Requests to HTTP APIs and to REST APIs. */
    public record Apis(long httpRequests, long restRequests) {
    }

    /** On-demand read and write request units consumed, and the bytes the tables hold. */
    public record DynamoDb(long readUnits, long writeUnits, long bytesStored) {
    }

    /** Requests by price class (PUT, COPY, POST, LIST; GET and the rest) and the bytes the buckets hold. */
    public record S3(long writeRequests, long readRequests, long bytesStored) {
    }

    /** SQS requests (sends, receives, deletes...; 64 KB chunks) to standard and to FIFO queues. */
    public record Queues(long standardRequests, long fifoRequests) {
    }

    /** SNS publishes (64 KB chunks) and deliveries by protocol; deliveries to SQS and Lambda are free. */
    public record Topics(long publishes, long httpDeliveries, long emailDeliveries, long sqsDeliveries,
                         long lambdaDeliveries) {
    }

    /** Standard state transitions; Express executions, their billed milliseconds (100 ms steps) and memory. */
    public record StepFunctions(long standardTransitions, long expressRequests, long expressBilledMilliseconds,
                                int expressMemoryMb) {
    }

    /** On-demand streams (billed every hour of the month), bytes written (each record rounded up to 1 KB) and read. */
    public record Kinesis(int onDemandStreams, long bytesIn, long bytesOut) {
    }

    /** Checks the totals: none negative, a run that lasted some time. */
    public Usage {
        Objects.requireNonNull(observedOver, "observedOver");
        if (observedOver.isNegative() || entryRequests < 0) {
            throw new IllegalArgumentException("a run lasts no negative time and sees no negative requests");
        }
        functions = List.copyOf(functions);
    }

    /** No traffic yet, over a run of {@code observedOver} that saw {@code entryRequests} at its entry points. */
    public static Usage of(Duration observedOver, long entryRequests) {
        return new Usage(observedOver, entryRequests, List.of(), new Apis(0, 0), new DynamoDb(0, 0, 0),
                new S3(0, 0, 0), new Queues(0, 0), new Topics(0, 0, 0, 0, 0), new StepFunctions(0, 0, 0, 64), 0,
                new Kinesis(0, 0, 0));
    }

    /** This usage with {@code function} added. */
    public Usage withFunction(Function function) {
        List<Function> more = new ArrayList<>(functions);
        more.add(function);
        return new Usage(observedOver, entryRequests, more, apis, dynamoDb, s3, sqs, sns, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with these API requests. */
    public Usage with(Apis value) {
        return new Usage(observedOver, entryRequests, functions, value, dynamoDb, s3, sqs, sns, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with this DynamoDB use. */
    public Usage with(DynamoDb value) {
        return new Usage(observedOver, entryRequests, functions, apis, value, s3, sqs, sns, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with this S3 use. */
    public Usage with(S3 value) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, value, sqs, sns, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with these SQS requests. */
    public Usage with(Queues value) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, s3, value, sns, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with this SNS use. */
    public Usage with(Topics value) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, s3, sqs, value, stepFunctions,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with this Step Functions use. */
    public Usage with(StepFunctions value) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, s3, sqs, sns, value,
                eventBridgeCustomEvents, kinesis);
    }

    /** This usage with this many custom events put on EventBridge buses. */
    public Usage withEventBridgeCustomEvents(long events) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, s3, sqs, sns, stepFunctions, events,
                kinesis);
    }

    /** This usage with this Kinesis use. */
    public Usage with(Kinesis value) {
        return new Usage(observedOver, entryRequests, functions, apis, dynamoDb, s3, sqs, sns, stepFunctions,
                eventBridgeCustomEvents, value);
    }
}
