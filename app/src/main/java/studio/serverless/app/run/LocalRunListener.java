package studio.serverless.app.run;

/**
 * What a {@link LocalRun} tells while it starts and runs: each start step as it begins, the lines its tools print
 * (npm, Maven, handler reloads) and the functions' log lines. Called on the starting thread, and later on the
 * runner's threads; implementations return fast (a desktop hands the calls to its UI thread).
 */
public interface LocalRunListener {

    /** Ignores everything. */
    LocalRunListener NONE = new LocalRunListener() { };

    /** A start step begins. */
    default void step(RunStep step) {
    }

    /** A line of output: what npm, Maven or a handler reload printed or said. */
    default void output(String line) {
    }

    /** A line a function printed (its log), with the function's name. */
    default void functionLog(String function, String line) {
    }
}
