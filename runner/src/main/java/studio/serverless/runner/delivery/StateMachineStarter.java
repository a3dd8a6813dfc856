package studio.serverless.runner.delivery;

import java.util.logging.Logger;

/** Starts a state machine execution with an input, as an EventBridge target does. Must not block on the run. */
@FunctionalInterface
public interface StateMachineStarter {

    /** The starter used until a state machine runtime is plugged in: it logs and drops the input. */
    StateMachineStarter NONE = (stateMachineArn, inputJson) -> Logger.getLogger(StateMachineStarter.class.getName())
            .warning("no state machine runtime: dropped an execution of " + stateMachineArn);

    /**
     * Starts an execution.
     *
     * @param stateMachineArn the state machine's ARN
     * @param inputJson       the execution's input
     */
    void startExecution(String stateMachineArn, String inputJson);
}
