package studio.serverless.runner.lambda.engine;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import studio.serverless.runner.delivery.FunctionInvoker;

/**
 * Delivers SNS and EventBridge events to functions of a {@link LambdaEngine} as asynchronous invocations. An
 * event for a function that does not exist is logged and dropped, as AWS drops it after its retries.
 */
public final class LambdaFunctionInvoker implements FunctionInvoker {

    private static final Logger LOG = Logger.getLogger(LambdaFunctionInvoker.class.getName());

    private final LambdaEngine engine;

    /** An invoker delivering to {@code engine}. */
    public LambdaFunctionInvoker(LambdaEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invokeAsync(String functionArn, String eventJson) {
        try {
            engine.invokeAsync(FunctionNames.nameOf(functionArn), eventJson.getBytes(StandardCharsets.UTF_8));
        } catch (LambdaException e) {
            LOG.warning("dropped an event for " + functionArn + ": " + e.getMessage());
        }
    }
}
