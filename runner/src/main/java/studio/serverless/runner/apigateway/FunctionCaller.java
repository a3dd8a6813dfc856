package studio.serverless.runner.apigateway;

/** Invokes a function synchronously for an API's integration (Lambda's RequestResponse invocation). */
@FunctionalInterface
public interface FunctionCaller {

    /**
     * Invokes {@code functionName} with {@code event} and waits for its answer.
     *
     * @return what the function answered, or why it could not
     */
    CallOutcome call(String functionName, byte[] event);
}
