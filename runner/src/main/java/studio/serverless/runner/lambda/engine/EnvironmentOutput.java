package studio.serverless.runner.lambda.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a runtime process's output (stdout and stderr merged) on its own daemon thread and files each line
 * under the invocation running at the time; lines written while none runs (the init phase) open the next
 * invocation's log, as they precede its START in AWS's log stream. Each line also goes to the listener.
 */
final class EnvironmentOutput {

    /** The line the shipped bootstraps print when a handler has returned, followed by the request id. */
    static final String DONE_MARKER = "\u001estudio-invocation-done ";
    /** Lines kept from between invocations (a background thread may print forever). */
    private static final int MAX_LINES_BETWEEN = 1000;

    private final String functionName;
    private final FunctionLogListener listener;
    private final List<String> betweenInvocations = new ArrayList<>();
    private InvocationLog current;

    EnvironmentOutput(String functionName, FunctionLogListener listener) {
        this.functionName = functionName;
        this.listener = listener;
    }

    /** Starts reading {@code output} until it ends (the process exited). */
    void readFrom(InputStream output) {
        Thread reader = new Thread(() -> pump(output), "lambda-output-" + functionName);
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the log of a new invocation with the lines written since the last one, then the START line. */
    synchronized InvocationLog begin(String requestId) {
        current = new InvocationLog();
        betweenInvocations.forEach(current::append);
        betweenInvocations.clear();
        write(LogLines.start(requestId));
        return current;
    }

    /** Writes a line of the Lambda service's own (END, REPORT, timeouts) into the current invocation's log. */
    synchronized void write(String line) {
        if (current != null) {
            current.append(line);
        } else if (betweenInvocations.size() < MAX_LINES_BETWEEN) {
            betweenInvocations.add(line);
        }
        listener.line(functionName, line);
    }

    /** Closes the current invocation's log: later lines wait for the next one. */
    synchronized void finish() {
        current = null;
    }

    private void pump(InputStream output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                accept(line);
            }
        } catch (IOException e) {
            // the process was killed mid-line: nothing more to read
        }
    }

    private synchronized void accept(String line) {
        if (line.startsWith(DONE_MARKER)) {
            if (current != null) {
                current.markHandlerDone();
            }
            return;
        }
        write(line);
    }
}
