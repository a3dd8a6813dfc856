package studio.serverless.runner.stepfunctions.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task tokens of {@code .waitForTaskToken} tasks that are waiting for SendTaskSuccess, SendTaskFailure or
 * SendTaskHeartbeat. A token is opaque to its holder but names its execution (base64url of the execution ARN and a
 * random UUID), so a token that is no longer waiting can still be told apart from one that never existed.
 */
public final class TaskTokens {

    private static final String SEPARATOR = "#";

    private final Map<String, Map<String, TaskAttempt>> waitingByExecution = new ConcurrentHashMap<>();

    /** A new token for a task of {@code executionArn}. */
    static String create(String executionArn) {
        String plain = executionArn + SEPARATOR + UUID.randomUUID();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The execution ARN a token names, or empty when {@code token} is not a token this engine made. */
    public static Optional<String> executionOf(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int separator = plain.lastIndexOf(SEPARATOR);
            if (separator < 0 || !plain.startsWith("arn:") || !ExecutionType.isExecutionArn(plain)) {
                return Optional.empty();
            }
            UUID.fromString(plain.substring(separator + 1));
            return Optional.of(plain.substring(0, separator));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    void open(String token, String executionArn, TaskAttempt attempt) {
        waitingByExecution.computeIfAbsent(executionArn, arn -> new ConcurrentHashMap<>()).put(token, attempt);
    }

    void close(String token, String executionArn) {
        Map<String, TaskAttempt> waiting = waitingByExecution.get(executionArn);
        if (waiting != null) {
            waiting.remove(token);
        }
    }

    /** Forgets every token of an execution that ended. */
    void forget(String executionArn) {
        waitingByExecution.remove(executionArn);
    }

    /** The attempt waiting on {@code token}, if it still waits. */
    Optional<TaskAttempt> waiting(String token) {
        return executionOf(token).map(waitingByExecution::get).map(waiting -> waiting.get(token))
                .filter(TaskAttempt::waiting);
    }
}
