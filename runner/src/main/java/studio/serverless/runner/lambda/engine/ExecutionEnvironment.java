package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import studio.serverless.runner.lambda.runtime.Invocation;
import studio.serverless.runner.lambda.runtime.RuntimeApiServer;
import studio.serverless.runner.lambda.runtime.RuntimeOutcome;
import studio.serverless.runner.lambda.runtime.RuntimeSession;

/**
 * One execution environment: a runtime process with its own Runtime API server, initialised once and then
 * reused for one invocation at a time. When the process exits, the running invocation fails with
 * {@code Runtime.ExitError}; the environment is then dead and its pool starts a fresh one next time.
 */
final class ExecutionEnvironment implements AutoCloseable {

    private final FunctionConfiguration function;
    private final String functionArn;
    private final RuntimeSession session;
    private final RuntimeApiServer server;
    private final Process process;
    private final EnvironmentOutput output;
    private final Start start;
    private final AtomicReference<Invocation> current = new AtomicReference<>();
    private volatile boolean closed;
    private boolean initialised;

    ExecutionEnvironment(FunctionConfiguration function, String functionArn, RuntimeSession session,
            RuntimeApiServer server, Process process, EnvironmentOutput output, Start start) {
        this.function = function;
        this.functionArn = functionArn;
        this.session = session;
        this.server = server;
        this.process = process;
        this.output = output;
        this.start = start;
        process.onExit().thenRun(this::processExited);
    }

    /**
     * When the process started ({@link System#nanoTime()}) and how long its init phase may take before Lambda
     * retries it within the first invocation's timeout.
     */
    record Start(long nanos, Duration initLimit) {
    }

    Start start() {
        return start;
    }

    FunctionConfiguration function() {
        return function;
    }

    EnvironmentOutput output() {
        return output;
    }

    /** Whether the process runs and may take another invocation. */
    boolean alive() {
        return !closed && process.isAlive();
    }

    long residentMegabytes() {
        return ProcessMemory.residentMegabytes(process.pid());
    }

    /** Runs one invocation to its end, within the function's limits, and returns its outcome and log. */
    InvocationResult invoke(String requestId, byte[] payload) {
        InvocationLog log = output.begin(requestId);
        Invocation invocation = new Invocation(requestId, payload, functionArn, TraceIds.next(), function.timeout());
        current.set(invocation);
        session.submit(invocation);
        RuntimeOutcome outcome = new InvocationWatch(this, invocation).await();
        long endedNanos = System.nanoTime();
        boolean handlerReported = outcome.kind() == RuntimeOutcome.Kind.RESPONSE
                || outcome.kind() == RuntimeOutcome.Kind.FUNCTION_ERROR;
        if (handlerReported && RuntimeKind.of(function.runtime()).marksInvocationEnd()) {
            log.awaitHandlerDone(1000);
        }
        closeLog(invocation, endedNanos);
        current.set(null);
        return new InvocationResult(requestId, outcome.payload(), outcome.failed(), log.text());
    }

    /** Writes END and REPORT; the first invocation that reached the handler reports the init duration. */
    private void closeLog(Invocation invocation, long endedNanos) {
        long delivered = invocation.deliveredNanos();
        Double initMillis = null;
        if (!initialised && delivered != 0) {
            initMillis = (delivered - start.nanos()) / 1e6;
            initialised = true;
        }
        double durationMillis = delivered == 0 ? 0 : (endedNanos - delivered) / 1e6;
        output.write(LogLines.end(invocation.requestId()));
        output.write(LogLines.report(invocation.requestId(), durationMillis, function.memoryMegabytes(),
                ProcessMemory.peakMegabytes(process.pid()), initMillis));
        output.finish();
    }

    private void processExited() {
        Invocation invocation = current.get();
        if (invocation != null) {
            String status = process.exitValue() > 128 ? "signal: " + (process.exitValue() - 128)
                    : "exit status " + process.exitValue();
            invocation.end(RuntimeOutcome.environmentError("Runtime.ExitError", "RequestId: "
                    + invocation.requestId() + " Error: Runtime exited with error: " + status));
        }
        server.close();
    }

    /** Kills the process (and anything it started) and stops its Runtime API server. */
    @Override
    public void close() {
        closed = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        server.close();
    }
}
