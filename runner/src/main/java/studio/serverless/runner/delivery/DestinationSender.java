package studio.serverless.runner.delivery;

import java.util.logging.Logger;

/**
 * Sends an asynchronous invocation's record to its on-success or on-failure destination (a queue, topic or
 * function), as Lambda does. Must not block on the destination's work and must not throw.
 */
@FunctionalInterface
public interface DestinationSender {

    /** The sender used until destinations are plugged in: it logs and drops the record. */
    DestinationSender NONE = (destinationArn, recordJson) -> Logger.getLogger(DestinationSender.class.getName())
            .warning("no destinations: dropped a record for " + destinationArn);

    /**
     * Sends {@code recordJson} to {@code destinationArn}.
     *
     * @param destinationArn an SQS queue, SNS topic or Lambda function ARN
     * @param recordJson     the invocation record
     */
    void send(String destinationArn, String recordJson);

    /**
     * Sends a failed event to a function's dead-letter queue or topic. Senders that know no queues log and drop it.
     *
     * @param targetArn an SQS queue or SNS topic ARN
     * @param letter    the event and why it failed
     */
    default void sendDeadLetter(String targetArn, DeadLetter letter) {
        Logger.getLogger(DestinationSender.class.getName()).warning("no dead-letter queues: dropped event "
                + letter.requestId() + " for " + targetArn);
    }
}
