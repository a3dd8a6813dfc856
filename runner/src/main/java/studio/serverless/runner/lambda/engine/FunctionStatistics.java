package studio.serverless.runner.lambda.engine;

/**
 * A function's counters since it was first registered in this engine.
 *
 * @param invocations invocations that reached an environment (successful or failed)
 * @param errors      invocations that failed (handler error, init error, timeout, crash, code missing)
 * @param throttles   synchronous invocations refused because every environment was busy
 * @param coldStarts  execution environments started
 * @param durationMillis the invocations' time together, from taking an environment to the answer (a cold start's
 *                       init included), in whole milliseconds rounded up each: an upper bound of billed duration
 */
public record FunctionStatistics(long invocations, long errors, long throttles, long coldStarts,
                                 long durationMillis) {

    /** The counters of a function that has done nothing yet. */
    public static final FunctionStatistics NONE = new FunctionStatistics(0, 0, 0, 0, 0);
}
