package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.ParallelState;

/** Parallel: every branch on the same input; the result is their outputs in branch order; one failure stops all. */
final class ParallelBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        ParallelState parallel = (ParallelState) entry.state();
        JsonNode input = entry.parameters(entry.effectiveInput());
        entry.run().record(HistoryEventType.ParallelStateStarted, Details.create());
        new Join(entry, parallel.branches().size()).start(parallel, input);
    }

    /** Waits for every branch of one attempt. */
    private static final class Join {
        private final StateEntry entry;
        private final ArrayNode results = JsonNodeFactory.instance.arrayNode();
        private final List<BranchRun> branches = new ArrayList<>();
        private int pending;
        private boolean failed;

        Join(StateEntry entry, int count) {
            this.entry = entry;
            this.pending = count;
            for (int i = 0; i < count; i++) {
                results.addNull();
            }
        }

        void start(ParallelState parallel, JsonNode input) {
            for (int i = 0; i < parallel.branches().size(); i++) {
                int index = i;
                branches.add(entry.branch().child(parallel.branches().get(i), new BranchListener() {
                    @Override
                    public void succeeded(JsonNode output) {
                        branchSucceeded(index, output);
                    }

                    @Override
                    public void failed(StatesFailure failure) {
                        branchFailed(failure);
                    }
                }));
            }
            branches.forEach(branch -> entry.run().post(() -> branch.start(input)));
        }

        private void branchSucceeded(int index, JsonNode output) {
            results.set(index, output);
            if (--pending == 0 && !failed) {
                entry.run().record(HistoryEventType.ParallelStateSucceeded, Details.create());
                entry.guard(() -> entry.complete(results));
            }
        }

        private void branchFailed(StatesFailure failure) {
            if (failed) {
                return;
            }
            failed = true;
            branches.forEach(BranchRun::stop);
            entry.run().record(HistoryEventType.ParallelStateFailed, Details.failure(failure.error(), failure.cause()));
            entry.fail(failure);
        }
    }
}
