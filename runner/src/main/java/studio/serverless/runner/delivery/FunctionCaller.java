package studio.serverless.runner.delivery;

import java.time.Duration;

/**
 * Invokes a function synchronously (Lambda's RequestResponse invocation), as API Gateway and the poll-based
 * event sources do.
 */
@FunctionalInterface
public interface FunctionCaller {

    /**
     * Invokes {@code functionName} with {@code event} and waits for its answer.
     *
     * @return what the function answered, or why it could not
     */
    CallOutcome call(String functionName, byte[] event);

    /**
     * Whether every call of {@code functionName} ends within {@code limit} by itself (the function's own init and
     * run timeouts end it first), so that a caller with that limit can wait on its own thread instead of handing
     * the call to another one to be able to give up. False unless the caller knows.
     */
    default boolean endsWithin(String functionName, Duration limit) {
        return false;
    }
}
