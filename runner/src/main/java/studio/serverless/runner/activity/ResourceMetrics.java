package studio.serverless.runner.activity;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of the local cloud's per-resource counters, keyed by resource name, for live badges. Counters
 * (invocations, publishes) count since the local cloud started; levels (queue depth, items, objects, running
 * executions) are as they were at {@link #at()}. A dead-letter queue is a queue like any other.
 *
 * @param at                when the snapshot was taken, on the local cloud's clock
 * @param functions         per function: invocations, errors, throttles, cold starts
 * @param queues            per queue: visible, in-flight and delayed messages
 * @param tableItems        per table: its item count
 * @param bucketObjects     per bucket: its object count
 * @param runningExecutions per state machine: executions running now
 * @param topicPublishes    per topic: messages published to it
 */
public record ResourceMetrics(Instant at, Map<String, FunctionMetrics> functions, Map<String, QueueMetrics> queues,
                              Map<String, Long> tableItems, Map<String, Long> bucketObjects,
                              Map<String, Long> runningExecutions, Map<String, Long> topicPublishes) {

    /** Copies the maps (unmodifiable). */
    public ResourceMetrics {
        functions = Map.copyOf(functions);
        queues = Map.copyOf(queues);
        tableItems = Map.copyOf(tableItems);
        bucketObjects = Map.copyOf(bucketObjects);
        runningExecutions = Map.copyOf(runningExecutions);
        topicPublishes = Map.copyOf(topicPublishes);
    }

    /**
     * A function's counters.
     *
     * @param invocations invocations that reached an environment
     * @param errors      invocations that failed
     * @param throttles   invocations refused for want of a free environment
     * @param coldStarts  execution environments started
     * @param durationMillis the invocations' time together in milliseconds (each rounded up, a cold start's init
     *                       included): what the cost projection bills at most
     * @param memoryMegabytes the function's memory size as configured now
     */
    public record FunctionMetrics(long invocations, long errors, long throttles, long coldStarts,
                                  long durationMillis, int memoryMegabytes) {
    }

    /**
     * A queue's messages (SQS's ApproximateNumberOfMessages, ...NotVisible and ...Delayed).
     *
     * @param visible  messages waiting to be received: the queue depth
     * @param inFlight messages received and not yet deleted or visible again
     * @param delayed  messages not yet visible because of their delay
     */
    public record QueueMetrics(long visible, long inFlight, long delayed) {
    }
}
