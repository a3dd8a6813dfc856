package studio.serverless.runner.sqs.engine;

/**
 * The approximate message counts SQS reports as queue attributes.
 *
 * @param visible    messages available for retrieval
 * @param notVisible messages in flight (received, not deleted, visibility timeout running)
 * @param delayed    messages waiting out their delay
 */
public record QueueCounts(int visible, int notVisible, int delayed) {
}
