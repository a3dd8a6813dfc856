package studio.serverless.runner.lambda.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.Deliveries;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.lambda.engine.InvocationResult;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.engine.LambdaException;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * Polls one queue for one mapping on its own thread, as Lambda's pollers do: long-polls a batch, invokes the
 * function synchronously, deletes the batch when the function succeeded (or all but the messages it reported
 * in {@code batchItemFailures}), and leaves a failed batch to come back after the visibility timeout. When the
 * function is throttled or missing, the poller pauses for {@link #PAUSE_MILLIS}. Interrupting the thread stops it.
 */
final class SqsPoller implements Runnable {

    /** The pause after a throttled or failed poll, so that a broken mapping does not spin. */
    static final long PAUSE_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(SqsPoller.class.getName());
    private static final int LONG_POLL_SECONDS = 20;

    private final SqsMapping mapping;
    private final SqsEngine sqs;
    private final LambdaEngine lambda;
    private final String region;

    SqsPoller(SqsMapping mapping, SqsEngine sqs, LambdaEngine lambda, String region) {
        this.mapping = mapping;
        this.sqs = sqs;
        this.lambda = lambda;
        this.region = region;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<ReceivedMessage> batch = gather();
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
            } catch (LambdaException | SqsException e) {
                LOG.log(Level.FINE, "SQS mapping " + mapping.queueName() + " paused", e);
                pause();
            } catch (IllegalStateException e) {
                return; // interrupted while long-polling
            }
        }
    }

    /**
     * Long-polls the first messages; with a batching window, keeps gathering until the batch is full or the window
     * has passed. A message received again meanwhile (a short visibility timeout) counts once, latest receipt.
     */
    private List<ReceivedMessage> gather() {
        Map<String, ReceivedMessage> batch = new LinkedHashMap<>();
        receive(LONG_POLL_SECONDS).forEach(message -> batch.put(message.messageId(), message));
        long windowEnd = System.nanoTime() + mapping.batchingWindow().toNanos();
        while (!batch.isEmpty() && batch.size() < mapping.batchSize() && System.nanoTime() < windowEnd) {
            long remainingSeconds = (windowEnd - System.nanoTime()) / 1_000_000_000L;
            receive((int) Math.min(LONG_POLL_SECONDS, remainingSeconds))
                    .forEach(message -> batch.put(message.messageId(), message));
        }
        return new ArrayList<>(batch.values());
    }

    private List<ReceivedMessage> receive(int waitSeconds) {
        int room = Math.min(10, mapping.batchSize());
        return sqs.receive(mapping.queueName(), new ReceiveRequest(room, null, waitSeconds, Set.of("All"),
                List.of("All")));
    }

    private void deliver(List<ReceivedMessage> batch) {
        String queueArn = sqs.queue(mapping.queueName()).arn();
        if (lambda.activityFeed().listening()) {
            lambda.activityFeed().publish(ActivityKind.DELIVERY, ResourceRef.queue(mapping.queueName()),
                    ResourceRef.function(mapping.functionName()), Deliveries.count(batch.size(), "message"), null);
        }
        InvocationResult result = lambda.invoke(mapping.functionName(), SqsEvent.of(batch, queueArn, region));
        if (result.failed()) {
            return; // the whole batch returns to the queue after its visibility timeout
        }
        Set<String> failed = mapping.reportBatchItemFailures() ? BatchItemFailures.of(result.payload()) : Set.of();
        for (ReceivedMessage message : batch) {
            if (!failed.contains(message.messageId())) {
                sqs.deleteMessage(mapping.queueName(), message.receiptHandle());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
