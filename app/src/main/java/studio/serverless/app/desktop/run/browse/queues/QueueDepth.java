package studio.serverless.app.desktop.run.browse.queues;

import java.util.Optional;

/**
 * How full a queue is, as GetQueueAttributes counts it, and its dead-letter queue's depth when it has one.
 *
 * @param waiting         messages a receive could get now
 * @param inFlight        messages received and not yet deleted or visible again
 * @param delayed         messages sent with a delay that has not passed
 * @param deadLetterQueue the name of its dead-letter queue, if it has one
 * @param deadLetterDepth the messages waiting in that dead-letter queue (0 without one)
 */
public record QueueDepth(int waiting, int inFlight, int delayed, Optional<String> deadLetterQueue,
                         int deadLetterDepth) {

    /** One line for the browser, e.g. {@code 3 waiting · 1 in flight · 0 delayed · DLQ orders-dlq: 2}. */
    public String summary() {
        return waiting + " waiting · " + inFlight + " in flight · " + delayed + " delayed"
                + deadLetterQueue.map(name -> " · DLQ " + name + ": " + deadLetterDepth).orElse("");
    }
}
