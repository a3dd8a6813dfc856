package studio.serverless.runner.delivery;

import java.util.logging.Logger;

/**
 * Invokes a function asynchronously (AWS's {@code Event} invocation type), as SNS and EventBridge do. Must not
 * block on the function's run and must not throw for a function's failure.
 */
@FunctionalInterface
public interface FunctionInvoker {

    /** The invoker used until a functions runtime is plugged in: it logs and drops the event. */
    FunctionInvoker NONE = (functionArn, eventJson) -> Logger.getLogger(FunctionInvoker.class.getName())
            .warning("no functions runtime: dropped an event for " + functionArn);

    /**
     * Queues {@code eventJson} for the function.
     *
     * @param functionArn the function's ARN ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME})
     * @param eventJson   the event, as the function receives it
     */
    void invokeAsync(String functionArn, String eventJson);
}
