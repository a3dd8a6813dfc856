package studio.serverless.runner.sqs.engine;

/**
 * What a message move task did. Locally a task runs to its end before it answers, so the counts are final.
 *
 * @param taskHandle    the task's handle, as StartMessageMoveTask returns it
 * @param moved         how many messages moved to their destination
 * @param notMovable    how many stayed because no destination was given and they carry no source queue
 */
public record MessageMoveResult(String taskHandle, int moved, int notMovable) {
}
