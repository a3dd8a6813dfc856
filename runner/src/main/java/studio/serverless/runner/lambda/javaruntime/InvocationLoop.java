package studio.serverless.runner.lambda.javaruntime;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The warm loop: takes the next event from the Runtime API, calls the handler and posts its response or its error.
 * Before posting, it flushes the handler's output and prints the end-of-invocation marker, so the runner closes the
 * invocation's log with everything the handler printed.
 */
final class InvocationLoop {

    /** The marker line's start, followed by the request id; the same text as the engine's {@code DONE_MARKER}. */
    static final String DONE_MARKER = "\u001estudio-invocation-done ";
    private static final byte[] NOTHING = new byte[0];

    private final RuntimeApiConnection api;
    private final FunctionHandler handler;
    private final PrintStream stdout;

    /** A loop calling {@code handler}; {@code stdout} is the process's own output, whatever the handler sets. */
    InvocationLoop(RuntimeApiConnection api, FunctionHandler handler, PrintStream stdout) {
        this.api = api;
        this.handler = handler;
        this.stdout = stdout;
    }

    /** Serves invocations until the Runtime API refuses one or the process is killed. */
    void run() throws IOException {
        while (true) {
            RuntimeApiConnection.Answer next = api.call("GET", "/invocation/next", NOTHING, null);
            if (next.status() != 200) {
                throw new IOException("the Runtime API answered " + next.status() + " to /next: "
                        + new String(next.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            invoke(next);
        }
    }

    private void invoke(RuntimeApiConnection.Answer next) throws IOException {
        String requestId = next.headers().get("lambda-runtime-aws-request-id");
        String traceId = next.headers().getOrDefault("lambda-runtime-trace-id", "");
        System.setProperty("com.amazonaws.xray.traceHeader", traceId);
        LocalContext context = new LocalContext(requestId,
                Long.parseLong(next.headers().getOrDefault("lambda-runtime-deadline-ms", "0")),
                next.headers().get("lambda-runtime-invoked-function-arn"), traceId);
        byte[] payload;
        String errorType = null;
        Throwable failure = null;
        try {
            payload = handler.handle(next.body(), context);
        } catch (Throwable e) {
            failure = ErrorDocument.unwrap(e);
            failure.printStackTrace();
            payload = ErrorDocument.of(failure);
            errorType = failure.getClass().getName();
        }
        System.out.flush();
        System.err.flush();
        stdout.print(DONE_MARKER + requestId + "\n");
        stdout.flush();
        api.call("POST", "/invocation/" + requestId + (errorType == null ? "/response" : "/error"), payload,
                errorType);
        if (failure instanceof VirtualMachineError) {
            System.exit(1);
        }
    }
}
