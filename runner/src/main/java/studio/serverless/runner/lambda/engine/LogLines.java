package studio.serverless.runner.lambda.engine;

import java.time.Instant;
import java.util.Locale;

/** The lines the Lambda service itself writes around an invocation, formatted as AWS prints them. */
final class LogLines {

    private LogLines() {
    }

    static String start(String requestId) {
        return "START RequestId: " + requestId + " Version: $LATEST";
    }

    static String end(String requestId) {
        return "END RequestId: " + requestId;
    }

    /** The REPORT line: tab-separated fields, a trailing tab, Init Duration only after a cold start (or null). */
    static String report(String requestId, double durationMillis, int memorySize, long maxMemoryUsed,
            Double initDurationMillis) {
        String line = String.format(Locale.ROOT, "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\t"
                + "Memory Size: %d MB\tMax Memory Used: %d MB\t", requestId, durationMillis,
                (long) Math.ceil(durationMillis), memorySize, maxMemoryUsed);
        return initDurationMillis == null ? line
                : line + String.format(Locale.ROOT, "Init Duration: %.2f ms\t", initDurationMillis);
    }

    /** The line AWS writes when it stops a function at its timeout. */
    static String timedOut(String requestId, double timeoutSeconds) {
        return Instant.now() + " " + requestId + " " + timeoutMessage(timeoutSeconds);
    }

    /** {@code Task timed out after 3.00 seconds}. */
    static String timeoutMessage(double timeoutSeconds) {
        return String.format(Locale.ROOT, "Task timed out after %.2f seconds", timeoutSeconds);
    }
}
