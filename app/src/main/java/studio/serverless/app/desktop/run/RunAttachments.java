package studio.serverless.app.desktop.run;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.app.run.LocalRun;

/** The {@link RunAttachment}s of a session: all attached when a run is up, all let go when it stops. */
final class RunAttachments {

    private final List<RunAttachment> attachments = new ArrayList<>();
    private final List<AutoCloseable> attached = new ArrayList<>();

    void add(RunAttachment attachment) {
        attachments.add(attachment);
    }

    void attachAll(LocalRun run, RunActivitySink activity) {
        for (RunAttachment attachment : attachments) {
            attached.add(attachment.attach(run, activity));
        }
    }

    void closeAll() {
        for (AutoCloseable each : attached) {
            try {
                each.close();
            } catch (Exception e) {
                // a pane that cannot let go must not keep the run from stopping
            }
        }
        attached.clear();
    }

    /** Runs {@code work} on a new daemon thread called {@code name}, so the UI thread never waits for it. */
    static Thread inBackground(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
