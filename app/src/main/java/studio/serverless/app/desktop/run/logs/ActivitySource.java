package studio.serverless.app.desktop.run.logs;

import java.util.function.Consumer;
import studio.serverless.runner.activity.Activity;

/** Where the run's activity comes from: {@code cloud.activity()::subscribe} in a run, a hand-fed source in tests. */
@FunctionalInterface
public interface ActivitySource {

    /** Calls {@code listener} with every activity from now on, on any thread, until the handle is closed. */
    AutoCloseable listen(Consumer<Activity> listener);
}
