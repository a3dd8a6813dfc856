package studio.serverless.runner.lambda.mapping.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.Deliveries;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.delivery.DestinationSender;
import studio.serverless.runner.lambda.engine.InvocationResult;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaException;

/**
 * Settles one batch of a shard as Lambda does before the shard moves on: records older than the maximum age are
 * discarded; a function error retries the whole batch (or, with bisect, its two halves, which costs no retry); a
 * partial answer retries from the lowest reported record; once the retries are spent, the failing records are
 * discarded and their position sent to the on-failure destination. A function that cannot be invoked (throttled,
 * missing) is invoked again after {@link #PAUSE} without spending a retry; a batch is never dropped unsettled.
 */
final class BatchDelivery {

    /** The wait before invoking again a function that was throttled or missing. */
    static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration MAXIMUM_BACKOFF = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(BatchDelivery.class.getName());

    private final StreamMapping mapping;
    private final StreamSource source;
    private final String shardId;
    private final LambdaEngine lambda;
    private final Clock clock;
    private final DestinationSender destinations;

    BatchDelivery(StreamMapping mapping, StreamSource source, String shardId, LambdaEngine lambda, Clock clock,
                  DestinationSender destinations) {
        this.mapping = mapping;
        this.source = source;
        this.shardId = shardId;
        this.lambda = lambda;
        this.clock = clock;
        this.destinations = destinations;
    }

    /** Returns once every record succeeded or was discarded. @throws InterruptedException when stopped meanwhile */
    void deliver(List<ShardRecord> records) throws InterruptedException {
        Deque<PendingBatch> work = new ArrayDeque<>();
        work.push(PendingBatch.of(records));
        while (!work.isEmpty()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stream mapping stopped");
            }
            settle(work.pop(), work);
        }
    }

    private void settle(PendingBatch batch, Deque<PendingBatch> work) throws InterruptedException {
        int expired = expiredRecords(batch);
        if (expired > 0) {
            discard(new PendingBatch(batch.records().subList(0, expired), batch.retries(), batch.invocations()),
                    FailureRecord.RECORD_AGE_EXCEEDED, null);
            if (expired < batch.records().size()) {
                work.push(batch.from(expired));
            }
            return;
        }
        if (lambda.activityFeed().listening()) {
            ResourceRef.fromArn(source.arn()).ifPresent(stream -> lambda.activityFeed().publish(
                    ActivityKind.DELIVERY, stream, ResourceRef.function(mapping.functionName()),
                    Deliveries.count(batch.records().size(), "record"), null));
        }
        InvocationResult result;
        try {
            result = lambda.invoke(mapping.functionName(), StreamEvent.of(batch.records()));
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stream mapping stopped while invoking");
            }
            LOG.log(e instanceof LambdaException ? Level.FINE : Level.WARNING, "stream mapping to "
                    + mapping.functionName() + " could not invoke; trying the same batch again", e);
            Thread.sleep(PAUSE.toMillis());
            work.push(batch);
            return;
        }
        failed(batch.invoked(), result, work);
    }

    private void failed(PendingBatch batch, InvocationResult result, Deque<PendingBatch> work)
            throws InterruptedException {
        int firstFailed = result.failed() ? 0 : mapping.reportBatchItemFailures()
                ? ItemFailures.firstFailed(result.payload(), batch.records()) : ItemFailures.NONE;
        if (firstFailed == ItemFailures.NONE) {
            return;
        }
        if (result.failed() && mapping.bisectBatchOnFunctionError() && batch.records().size() > 1) {
            List<PendingBatch> halves = batch.halvesFrom(0);
            work.push(halves.get(1));
            work.push(halves.get(0));
        } else if (mapping.maximumRetryAttempts() >= 0 && batch.retries() >= mapping.maximumRetryAttempts()) {
            discard(batch.from(firstFailed), FailureRecord.RETRIES_EXHAUSTED, result);
        } else {
            long backoff = Math.min(MAXIMUM_BACKOFF.toMillis(), 100L << Math.min(batch.retries(), 10));
            Thread.sleep(backoff);
            work.push(batch.retriedFrom(firstFailed));
        }
    }

    private int expiredRecords(PendingBatch batch) {
        Duration maximumAge = mapping.maximumRecordAge() == null ? source.retention() : mapping.maximumRecordAge();
        int expired = 0;
        while (expired < batch.records().size()
                && Duration.between(batch.records().get(expired).arrival(), clock.instant()).compareTo(maximumAge) > 0) {
            expired++;
        }
        return expired;
    }

    private void discard(PendingBatch batch, String condition, InvocationResult last) {
        if (mapping.onFailureDestination() == null) {
            LOG.info(() -> "stream mapping to " + mapping.functionName() + " discarded " + batch.records().size()
                    + " records of " + source.arn() + " (" + condition + ")");
            return;
        }
        destinations.send(mapping.onFailureDestination(), FailureRecord.of(batch, condition, last,
                lambda.arn(mapping.functionName()), source, shardId, clock.instant()));
    }
}
