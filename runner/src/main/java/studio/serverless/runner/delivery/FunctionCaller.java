package studio.serverless.runner.delivery;

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
}
