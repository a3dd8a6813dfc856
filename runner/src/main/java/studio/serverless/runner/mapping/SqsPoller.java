package studio.serverless.runner.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Polls one queue for one function as Lambda's SQS event source mapping does: long-polls for a batch (gathering
 * up to the batch size during the batching window), invokes the function synchronously, deletes the messages
 * that succeeded and leaves the others to come back after the queue's visibility timeout, so the queue's
 * redrive policy moves a message that keeps failing to its dead-letter queue.
 */
public final class SqsPoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SqsPoller.class.getName());
    private static final int LONG_POLL_SECONDS = 20;
    private static final Set<String> LAMBDA_ATTRIBUTES = Set.of("ApproximateReceiveCount", "SentTimestamp",
            "SenderId", "ApproximateFirstReceiveTimestamp", "SequenceNumber", "MessageGroupId",
            "MessageDeduplicationId", "AWSTraceHeader");

    private final SqsMapping mapping;
    private final SqsEngine sqs;
    private final FunctionCaller functions;
    private final String region;
    private final Thread thread;
    private volatile boolean closed;

    private SqsPoller(SqsMapping mapping, SqsEngine sqs, FunctionCaller functions, String region) {
        this.mapping = mapping;
        this.sqs = sqs;
        this.functions = functions;
        this.region = region;
        this.thread = new Thread(this::pollUntilClosed, "sqs-mapping-" + mapping.queueName());
        thread.setDaemon(true);
    }

    /** Starts polling {@code mapping}'s queue on a thread of its own. */
    public static SqsPoller start(SqsMapping mapping, SqsEngine sqs, FunctionCaller functions, String region) {
        SqsPoller poller = new SqsPoller(mapping, sqs, functions, region);
        poller.thread.start();
        return poller;
    }

    private void pollUntilClosed() {
        while (!closed) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "polling queue " + mapping.queueName() + " for function "
                        + mapping.functionName() + " failed; polling again", e);
            }
        }
    }

    private void pollOnce() {
        List<ReceivedMessage> batch = collectBatch();
        if (batch.isEmpty()) {
            return;
        }
        String arn = sqs.queue(mapping.queueName()).arn();
        CallOutcome outcome = functions.call(mapping.functionName(), SqsEvents.of(batch, arn, region));
        for (ReceivedMessage message : BatchSettlement.succeeded(batch, outcome, mapping.reportBatchItemFailures())) {
            sqs.deleteMessage(mapping.queueName(), message.receiptHandle());
        }
    }

    private List<ReceivedMessage> collectBatch() {
        List<ReceivedMessage> batch = new ArrayList<>(receive(LONG_POLL_SECONDS));
        long windowEnd = System.nanoTime() + mapping.batchingWindow().toNanos();
        while (!batch.isEmpty() && batch.size() < mapping.batchSize() && System.nanoTime() < windowEnd) {
            long secondsLeft = Math.max(0, (windowEnd - System.nanoTime()) / 1_000_000_000L);
            List<ReceivedMessage> more = receive((int) Math.min(secondsLeft, LONG_POLL_SECONDS));
            if (more.isEmpty() && secondsLeft == 0) {
                break;
            }
            batch.addAll(more);
        }
        return batch;
    }

    private List<ReceivedMessage> receive(int waitSeconds) {
        int wanted = Math.min(10, mapping.batchSize());
        List<ReceivedMessage> received = sqs.receive(mapping.queueName(),
                new ReceiveRequest(wanted, null, waitSeconds, Set.of("All"), List.of("All")));
        return received.stream().map(SqsPoller::withLambdaAttributes).toList();
    }

    private static ReceivedMessage withLambdaAttributes(ReceivedMessage message) {
        var attributes = new java.util.TreeMap<String, String>();
        message.systemAttributes().forEach((name, value) -> {
            if (LAMBDA_ATTRIBUTES.contains(name)) {
                attributes.put(name, value);
            }
        });
        return new ReceivedMessage(message.messageId(), message.receiptHandle(), message.body(),
                message.md5OfBody(), attributes, message.messageAttributes(), message.md5OfMessageAttributes());
    }

    /** Stops polling; a batch being processed finishes first. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
