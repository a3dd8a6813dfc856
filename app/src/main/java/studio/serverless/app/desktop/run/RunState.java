package studio.serverless.app.desktop.run;

/** Where the open diagram's run is. */
public enum RunState {
    /** Not running: the diagram can be edited and run. */
    IDLE,
    /** Its runtimes are starting (cancellable). */
    STARTING,
    /** Running in the local cloud. */
    RUNNING,
    /** Stopping (or a cancelled start winding down). */
    STOPPING
}
