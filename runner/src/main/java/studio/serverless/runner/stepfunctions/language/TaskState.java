package studio.serverless.runner.stepfunctions.language;

/**
 * A Task state: runs the work its {@code Resource} names, within {@code timeout} and {@code heartbeat} (each
 * null when unset).
 */
public record TaskState(String name, DataFlow flow, Transition transition, ErrorHandling errorHandling,
                        String resource, TimeLimit timeout, TimeLimit heartbeat) implements State {
    @Override
    public String type() {
        return "Task";
    }
}
