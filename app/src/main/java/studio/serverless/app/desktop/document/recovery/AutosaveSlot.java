package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import studio.serverless.app.desktop.document.DiagramDocument;

/**
 * The autosaver of the document the window shows: following another document closes the previous one's
 * autosaver (removing its recovery file, since its work was settled) and starts one for the new document.
 * Without a recovery store (the settings folder could not be used) it does nothing.
 */
public final class AutosaveSlot {

    private final Optional<RecoveryStore> store;
    private final AutosaveTimer timer;
    private final Duration interval;
    private final Consumer<String> reportProblem;
    private Autosaver current;

    /** Autosaves into {@code store} (if any) on {@code timer} every {@code interval}. */
    public AutosaveSlot(Optional<RecoveryStore> store, AutosaveTimer timer, Duration interval,
                        Consumer<String> reportProblem) {
        this.store = store;
        this.timer = timer;
        this.interval = interval;
        this.reportProblem = reportProblem;
    }

    /**
     * A slot autosaving into the recovery folder of {@code settingsFolder} on {@code timer} every 30 s; when that
     * folder cannot be used the app works on without autosave, and {@code reportProblem} is told why.
     */
    public static AutosaveSlot openIn(Path settingsFolder, AutosaveTimer timer, Consumer<String> reportProblem) {
        Optional<RecoveryStore> store;
        try {
            store = Optional.of(RecoveryStore.open(settingsFolder));
        } catch (IOException e) {
            store = Optional.empty();
            reportProblem.accept("Autosave is off: the folder " + settingsFolder + " cannot be used ("
                    + e.getMessage() + ").");
        }
        return new AutosaveSlot(store, timer, Autosaver.DEFAULT_INTERVAL, reportProblem);
    }

    /** A slot that never autosaves (tests of other things, or no usable settings folder). */
    public static AutosaveSlot none() {
        return new AutosaveSlot(Optional.empty(), (interval, tick) -> () -> { }, Autosaver.DEFAULT_INTERVAL,
                message -> { });
    }

    /** Autosaves {@code document} from now on, instead of the previous one. */
    public void follow(DiagramDocument document) {
        stop();
        store.ifPresent(recovery -> current = new Autosaver(document, recovery, timer, interval, reportProblem));
    }

    /** The recovery store, empty when the settings folder could not be used. */
    public Optional<RecoveryStore> store() {
        return store;
    }

    /** Stops autosaving and ends the recovery session: the app is closing properly. */
    public void shutdown() {
        stop();
        store.ifPresent(recovery -> {
            try {
                recovery.close();
            } catch (IOException e) {
                reportProblem.accept("Could not end the recovery session: " + e.getMessage());
            }
        });
    }

    /** Stops autosaving and removes the followed document's recovery file. */
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
