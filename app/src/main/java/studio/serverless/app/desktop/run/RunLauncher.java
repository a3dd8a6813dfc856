package studio.serverless.app.desktop.run;

import studio.serverless.app.run.LocalRun;
import studio.serverless.app.run.LocalRunException;
import studio.serverless.app.run.LocalRunListener;
import studio.serverless.app.run.LocalRunSettings;

/** How a run is started: {@link LocalRun#start} in the app, something quicker in a view model's test. */
@FunctionalInterface
public interface RunLauncher {

    /** Starts a run, telling {@code listener} its steps; see {@link LocalRun#start}. */
    LocalRun start(LocalRunSettings settings, LocalRunListener listener) throws LocalRunException, InterruptedException;
}
