package studio.serverless.runner.delivery;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import studio.serverless.runner.activity.ActivityFeed;

/**
 * The function and state machine runtimes the emulated services deliver to, swappable while the local cloud runs
 * (the runtime starts after the services). Thread-safe.
 */
public final class Integrations {

    private final AtomicReference<FunctionInvoker> functions = new AtomicReference<>(FunctionInvoker.NONE);
    private final AtomicReference<StateMachineStarter> stateMachines =
            new AtomicReference<>(StateMachineStarter.NONE);
    private volatile ActivityFeed activity = ActivityFeed.quiet();

    /** Where deliveries between resources are published (quiet until the local cloud sets its feed). */
    public ActivityFeed activity() {
        return activity;
    }

    /** Publishes deliveries to {@code feed} from now on. */
    public void useActivity(ActivityFeed feed) {
        activity = Objects.requireNonNull(feed);
    }

    /** The current function invoker. */
    public FunctionInvoker functions() {
        return functions.get();
    }

    /** The current state machine starter. */
    public StateMachineStarter stateMachines() {
        return stateMachines.get();
    }

    /** Routes function deliveries to {@code invoker} from now on. */
    public void useFunctions(FunctionInvoker invoker) {
        functions.set(Objects.requireNonNull(invoker));
    }

    /** Routes state machine deliveries to {@code starter} from now on. */
    public void useStateMachines(StateMachineStarter starter) {
        stateMachines.set(Objects.requireNonNull(starter));
    }
}
