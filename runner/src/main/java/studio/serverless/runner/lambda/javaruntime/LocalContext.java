package studio.serverless.runner.lambda.javaruntime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * The {@link Context} of one invocation: the request id, deadline and ARN from the Runtime API's headers, the
 * rest from the variables the runner starts the JVM with. Identity and client context (mobile SDK callers) are
 * null, as for any invocation that is not from a mobile app.
 */
final class LocalContext implements Context {

    private static final LambdaLogger LOGGER = new StdoutLogger();

    private final String requestId;
    private final long deadlineMillis;
    private final String functionArn;
    private final String traceId;

    LocalContext(String requestId, long deadlineMillis, String functionArn, String traceId) {
        this.requestId = requestId;
        this.deadlineMillis = deadlineMillis;
        this.functionArn = functionArn;
        this.traceId = traceId;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return System.getenv("AWS_LAMBDA_LOG_GROUP_NAME");
    }

    @Override
    public String getLogStreamName() {
        return System.getenv("AWS_LAMBDA_LOG_STREAM_NAME");
    }

    @Override
    public String getFunctionName() {
        return System.getenv("AWS_LAMBDA_FUNCTION_NAME");
    }

    @Override
    public String getFunctionVersion() {
        return System.getenv("AWS_LAMBDA_FUNCTION_VERSION");
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"));
    }

    @Override
    public LambdaLogger getLogger() {
        return LOGGER;
    }

    @Override
    public String getXrayTraceId() {
        return traceId;
    }
}
