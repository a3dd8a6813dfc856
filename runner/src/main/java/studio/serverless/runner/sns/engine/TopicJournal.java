package studio.serverless.runner.sns.engine;

/**
 * The SNS engine's port to durable storage: every change to a topic or a subscription is reported here, under the
 * engine's lock and before it is applied and answered, so a store that writes each change through loses nothing
 * that was acknowledged (and a failing store leaves the engine unchanged). Publishing reports nothing: what it
 * delivers is kept by the queues it reaches. {@link #NONE} keeps nothing (the in-memory default).
 * Implementations must be thread-safe.
 */
public interface TopicJournal {

    /** A journal that keeps nothing. */
    TopicJournal NONE = new TopicJournal() {
        @Override
        public void topicSaved(TopicRecord topic) {
        }

        @Override
        public void topicDeleted(String topicArn) {
        }

        @Override
        public void subscriptionSaved(SubscriptionRecord subscription) {
        }

        @Override
        public void subscriptionDeleted(String subscriptionArn) {
        }
    };

    /** A topic was created or its attributes changed. */
    void topicSaved(TopicRecord topic);

    /** A topic and all its subscriptions were deleted. */
    void topicDeleted(String topicArn);

    /** A subscription was made, confirmed or its attributes changed. */
    void subscriptionSaved(SubscriptionRecord subscription);

    /** A subscription was removed. */
    void subscriptionDeleted(String subscriptionArn);
}
