package studio.serverless.runner.stepfunctions.service;

import java.time.Instant;
import studio.serverless.runner.stepfunctions.engine.ExecutionType;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/**
 * A state machine as the service keeps it: its identity, its definition as written and as parsed, and when it was
 * created and last updated.
 */
public record StateMachineEntry(String arn, String name, String definition, StateMachine machine, String roleArn,
                                String type, Instant creationDate, Instant updateDate) {

    /** The same state machine with a new definition and role, updated at {@code now}. */
    public StateMachineEntry updated(String newDefinition, StateMachine newMachine, String newRoleArn, Instant now) {
        return new StateMachineEntry(arn, name, newDefinition, newMachine, newRoleArn, type, creationDate, now);
    }

    /** True for an EXPRESS state machine (StartSyncExecution runs only these). */
    public boolean express() {
        return "EXPRESS".equals(type);
    }

    /** How its executions are named and how long they may run. */
    public ExecutionType executionType() {
        return express() ? ExecutionType.EXPRESS : ExecutionType.STANDARD;
    }
}
