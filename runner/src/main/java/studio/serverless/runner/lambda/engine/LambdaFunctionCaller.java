package studio.serverless.runner.lambda.engine;

import java.nio.charset.StandardCharsets;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;

/** Synchronous invocations through the engine, for API Gateway: throttles and unknown functions as outcomes. */
public final class LambdaFunctionCaller implements FunctionCaller {

    private final LambdaEngine engine;

    /** Invokes through {@code engine}. */
    public LambdaFunctionCaller(LambdaEngine engine) {
        this.engine = engine;
    }

    @Override
    public CallOutcome call(String functionName, byte[] event) {
        try {
            InvocationResult result = engine.invoke(functionName, event);
            return result.failed() ? CallOutcome.failed(CallOutcome.Kind.FUNCTION_ERROR, result.payload())
                    : CallOutcome.answered(result.payload());
        } catch (LambdaException e) {
            CallOutcome.Kind kind = e.error() == LambdaError.TOO_MANY_REQUESTS ? CallOutcome.Kind.THROTTLED
                    : CallOutcome.Kind.NO_FUNCTION;
            return CallOutcome.failed(kind, String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
