package studio.serverless.app.desktop.run.logs;

/**
 * One line of a function's log.
 *
 * @param function the function that wrote it
 * @param text     the line as the runtime printed it
 */
public record LogLine(String function, String text) {

    /** Whether the Lambda service wrote it (START, END, REPORT, INIT_REPORT) rather than the handler. */
    public boolean fromService() {
        return text.startsWith("START RequestId:") || text.startsWith("END RequestId:")
                || text.startsWith("REPORT RequestId:") || text.startsWith("INIT_REPORT ");
    }

    /** Whether it reports an error: a timeout, or a handler's error document or traceback. */
    public boolean reportsError() {
        return text.contains("Task timed out") || text.contains("\"errorMessage\"") || text.startsWith("Traceback")
                || text.contains("[ERROR]");
    }
}
