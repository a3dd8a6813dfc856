package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.model.command.CommandStackListener;

/**
 * Keeps a recovery copy of one document's unsaved work: every interval while the document is dirty and changed
 * since the last copy, it writes the diagram to the document's recovery file; once the document is clean again
 * (saved, or undone to its save point) and when it is closed, the file goes. A failed write is reported once,
 * until a write succeeds again; the document itself is never touched.
 */
public final class Autosaver implements AutoCloseable {

    /** How often unsaved work is copied when no other interval is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final DiagramDocument document;
    private final RecoveryStore store;
    private final Consumer<String> reportProblem;
    private final CommandStackListener onEdit = stack -> changedSinceCopy = true;
    private final ChangeListener<Boolean> onDirtyChange = (property, was, dirty) -> {
        if (!dirty) {
            removeCopy();
        }
    };
    private final Runnable stopTimer;
    private boolean changedSinceCopy;
    private boolean failing;

    /** Starts autosaving {@code document} into {@code store} on {@code timer} every {@code interval}. */
    public Autosaver(DiagramDocument document, RecoveryStore store, AutosaveTimer timer, Duration interval,
                     Consumer<String> reportProblem) {
        this.document = document;
        this.store = store;
        this.reportProblem = reportProblem;
        this.changedSinceCopy = document.isDirty();
        document.commandStack().addListener(onEdit);
        document.dirtyProperty().addListener(onDirtyChange);
        this.stopTimer = timer.start(interval, this::autosave);
    }

    /** {@link #Autosaver(DiagramDocument, RecoveryStore, AutosaveTimer, Duration, Consumer)} every 30 s on the FX thread. */
    public static Autosaver start(DiagramDocument document, RecoveryStore store, Consumer<String> reportProblem) {
        return new Autosaver(document, store, AutosaveTimer.onFxThread(), DEFAULT_INTERVAL, reportProblem);
    }

    /** One tick: copies the diagram if it has unsaved changes not yet copied. */
    public void autosave() {
        if (!document.isDirty() || !changedSinceCopy) {
            return;
        }
        try {
            store.write(document);
            changedSinceCopy = false;
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                reportProblem.accept("Autosave failed: " + e.getMessage()
                        + ". Your diagram is still open; save it to keep your changes.");
            }
            failing = true;
        }
    }

    /**
     * The document is closing after the unsaved-changes check (saved or knowingly discarded): stops the timer and
     * removes the recovery file.
     */
    @Override
    public void close() {
        stopTimer.run();
        document.commandStack().removeListener(onEdit);
        document.dirtyProperty().removeListener(onDirtyChange);
        removeCopy();
    }

    private void removeCopy() {
        try {
            store.delete(document.recoveryKey());
            changedSinceCopy = document.isDirty();
        } catch (IOException e) {
            reportProblem.accept("Could not remove the recovery file: " + e.getMessage());
        }
    }
}
