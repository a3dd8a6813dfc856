package studio.serverless.runner.stepfunctions.language;

import java.util.List;

/** A Parallel state: runs every branch on the same input; its result is the array of their outputs. */
public record ParallelState(String name, DataFlow flow, Transition transition, ErrorHandling errorHandling,
                            List<StateMachine> branches) implements State {
    @Override
    public String type() {
        return "Parallel";
    }
}
