package studio.serverless.runner.stepfunctions.service;

import java.time.Instant;
import studio.serverless.runner.stepfunctions.language.StateMachine;

/** A state machine as the service keeps it: its identity, its definition as written and as parsed. */
public record StateMachineEntry(String arn, String name, String definition, StateMachine machine, String roleArn,
                                String type, Instant creationDate) {

    /** The same state machine with a new definition and role. */
    public StateMachineEntry updated(String newDefinition, StateMachine newMachine, String newRoleArn) {
        return new StateMachineEntry(arn, name, newDefinition, newMachine, newRoleArn, type, creationDate);
    }
}
