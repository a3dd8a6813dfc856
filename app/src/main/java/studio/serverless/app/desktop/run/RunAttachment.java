package studio.serverless.app.desktop.run;

import studio.serverless.app.run.LocalRun;

/**
 * Something that follows each run of the open diagram while it runs: the activity feed feeding the canvas, a log
 * pane, a data browser. Attached on the JavaFX thread once the run is up, closed when it stops.
 */
@FunctionalInterface
public interface RunAttachment {

    /**
     * Starts following {@code run}, showing its activity through {@code activity}.
     *
     * @return what to close when the run stops (e.g. a feed subscription)
     */
    AutoCloseable attach(LocalRun run, RunActivitySink activity);
}
