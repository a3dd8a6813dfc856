package studio.serverless.runner.stepfunctions.engine;

/**
 * Where the engine writes executions and their history as they happen, to survive a restart (H2 with a data
 * folder). Called under the execution's lock, in the order things happen; must not call back into the engine.
 */
public interface ExecutionJournal {

    /** Keeps nothing: an in-memory local cloud. */
    ExecutionJournal NONE = new ExecutionJournal() {
        @Override
        public void started(Execution execution) {
        }

        @Override
        public void recorded(Execution execution, HistoryEvent event) {
        }

        @Override
        public void ended(Execution execution) {
        }
    };

    /** An execution started (it is RUNNING and has no history yet). */
    void started(Execution execution);

    /** An event was added to an execution's history. */
    void recorded(Execution execution, HistoryEvent event);

    /** An execution ended: its status, output or error and stop date are final. */
    void ended(Execution execution);
}
