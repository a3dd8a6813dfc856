package studio.serverless.runner.lambda.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;

/** Synchronous invocations through the engine, for API Gateway: throttles and unknown functions as outcomes. */
public final class LambdaFunctionCaller implements FunctionCaller {

    /** Room for starting the process and for the wait for the handler's last log lines (one second). */
    private static final Duration ENDING_MARGIN = Duration.ofSeconds(3);

    private final LambdaEngine engine;

    /** Invokes through {@code engine}. */
    public LambdaFunctionCaller(LambdaEngine engine) {
        this.engine = engine;
    }

    /** True when the function's init limit, its timeout and the wait for its last log lines fit in {@code limit}. */
    @Override
    public boolean endsWithin(String functionName, Duration limit) {
        return engine.function(functionName)
                .map(function -> InvocationWatch.INIT_LIMIT.plus(function.timeout()).plus(ENDING_MARGIN))
                .map(longest -> longest.compareTo(limit) <= 0).orElse(false);
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
