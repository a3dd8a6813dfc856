package studio.serverless.app.desktop.run.browse.executions;

import java.time.Instant;

/**
 * One state an execution entered, from its history: what went in, what came out, and how it went.
 *
 * @param stateName the state's name
 * @param entered   when it was entered
 * @param input     its input as JSON text
 * @param output    its output as JSON text, or null when it did not exit (yet)
 * @param status    how it went
 * @param error     the error it failed with, or null
 * @param cause     the cause of that error, or null
 */
public record ExecutionStep(String stateName, Instant entered, String input, String output, Status status,
                            String error, String cause) {

    /** How a step went. */
    public enum Status {
        /** Entered and left normally. */
        SUCCEEDED,
        /** Failed (also when a Catch then led elsewhere). */
        FAILED,
        /** Still running (or the execution was stopped while in it). */
        RUNNING
    }

    ExecutionStep exited(String exitOutput) {
        return new ExecutionStep(stateName, entered, input, exitOutput, error == null ? Status.SUCCEEDED
                : Status.FAILED, error, cause);
    }

    ExecutionStep failed(String failError, String failCause) {
        return new ExecutionStep(stateName, entered, input, output, Status.FAILED, failError, failCause);
    }

    ExecutionStep recovered() {
        return new ExecutionStep(stateName, entered, input, output, status, null, null);
    }
}
