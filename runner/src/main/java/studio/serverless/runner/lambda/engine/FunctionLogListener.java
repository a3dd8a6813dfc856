package studio.serverless.runner.lambda.engine;

/** Receives every log line of every function as it is written ({@code studio run} streams them). */
@FunctionalInterface
public interface FunctionLogListener {

    /** The listener that drops lines (the tail returned by Invoke still has them). */
    FunctionLogListener NONE = (function, line) -> { };

    /**
     * One line of a function's log, without its line break; called from a reader thread, must not block.
     *
     * @param functionName the function that wrote it
     * @param line         the line: the handler's output, or the runner's START / END / REPORT lines
     */
    void line(String functionName, String line);
}
