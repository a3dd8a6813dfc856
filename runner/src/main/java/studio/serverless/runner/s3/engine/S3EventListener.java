package studio.serverless.runner.s3.engine;

/**
 * Receives the event notifications a bucket's configuration asks for, one call per matching rule, after the
 * change is visible. The runner delivers them to the rule's queue, topic or function. Called on the request's
 * thread: a listener should hand the work off rather than block.
 */
@FunctionalInterface
public interface S3EventListener {

    /** An event for {@code rule}'s destination. */
    void onEvent(NotificationRule rule, S3EventRecord record);
}
