package studio.serverless.runner.stepfunctions.engine;

/** What one type of state does when entered, or entered again by a retry. */
interface StateBehaviour {

    /** Does the state's work for {@code entry}, ending in {@code entry.complete}, {@code exit} or a failure. */
    void attempt(StateEntry entry);
}
