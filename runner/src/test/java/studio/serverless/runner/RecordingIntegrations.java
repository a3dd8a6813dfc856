package studio.serverless.runner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import studio.serverless.runner.delivery.FunctionInvoker;
import studio.serverless.runner.delivery.StateMachineStarter;

/** A function invoker and state machine starter that record what they are handed, for assertions. */
public final class RecordingIntegrations implements FunctionInvoker, StateMachineStarter {

    /** One delivery: the function or state machine ARN and the payload. */
    public record Delivery(String arn, String payload) {
    }

    private final List<Delivery> functionEvents = new CopyOnWriteArrayList<>();
    private final List<Delivery> executions = new CopyOnWriteArrayList<>();

    @Override
    public void invokeAsync(String functionArn, String eventJson) {
        functionEvents.add(new Delivery(functionArn, eventJson));
    }

    @Override
    public void startExecution(String stateMachineArn, String inputJson) {
        executions.add(new Delivery(stateMachineArn, inputJson));
    }

    /** The function events so far. */
    public List<Delivery> functionEvents() {
        return List.copyOf(functionEvents);
    }

    /** The state machine executions so far. */
    public List<Delivery> executions() {
        return List.copyOf(executions);
    }

    /** Plugs this recorder into {@code cloud}. */
    public RecordingIntegrations pluggedInto(LocalCloud cloud) {
        cloud.integrations().useFunctions(this);
        cloud.integrations().useStateMachines(this);
        return this;
    }
}
