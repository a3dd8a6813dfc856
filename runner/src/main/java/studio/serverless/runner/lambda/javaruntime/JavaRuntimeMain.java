package studio.serverless.runner.lambda.javaruntime;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The entry point of a Java function's JVM: loads the handler named by {@code _HANDLER} once (the init phase),
 * reporting a failure to {@code /init/error} and exiting as AWS's runtime does, then serves invocations.
 */
public final class JavaRuntimeMain {

    private JavaRuntimeMain() {
    }

    /**
     * Runs the function whose Runtime API is at {@code AWS_LAMBDA_RUNTIME_API}.
     *
     * @param args ignored
     * @throws IOException when the Runtime API cannot be reached
     */
    public static void main(String[] args) throws IOException {
        PrintStream stdout = System.out;
        RuntimeApiConnection api = new RuntimeApiConnection(System.getenv("AWS_LAMBDA_RUNTIME_API"));
        FunctionHandler handler;
        try {
            // Jackson is loaded only for handlers that take objects: a stream handler starts without it
            handler = new HandlerLoader(LambdaJson::mapper).load(System.getenv("_HANDLER"));
        } catch (InitFailure failure) {
            System.err.println(failure.getMessage() + ": " + failure.errorType());
            if (failure.getCause() != null) {
                failure.getCause().printStackTrace();
            }
            System.err.flush();
            api.call("POST", "/init/error", failure.document(), failure.errorType());
            System.exit(1);
            return;
        }
        new InvocationLoop(api, handler, stdout).run();
    }
}
