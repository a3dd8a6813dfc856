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
        StringBuilder line = new StringBuilder(160).append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(twoDecimals(durationMillis)).append(" ms\tBilled Duration: ")
                .append((long) Math.ceil(durationMillis)).append(" ms\tMemory Size: ").append(memorySize)
                .append(" MB\tMax Memory Used: ").append(maxMemoryUsed).append(" MB\t");
        if (initDurationMillis != null) {
            line.append("Init Duration: ").append(twoDecimals(initDurationMillis)).append(" ms\t");
        }
        return line.toString();
    }

    /** A non-negative number with two decimals, as {@code %.2f} prints it (formatting it was most of the line's cost). */
    static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** The line AWS writes when an init phase passes its limit and is retried within the invocation. */
    static String initTimedOut(long limitMillis) {
        return "INIT_REPORT Init Duration: " + twoDecimals(limitMillis) + " ms\tPhase: init\tStatus: timeout";
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
