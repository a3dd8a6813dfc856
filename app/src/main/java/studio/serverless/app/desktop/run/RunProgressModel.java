package studio.serverless.app.desktop.run;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.run.RunStep;

/** What a starting run shows: the step under way, how far along it is, and the last lines its tools printed. */
public final class RunProgressModel {

    /** Lines of output kept; older ones are dropped. */
    static final int KEPT_LINES = 200;

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ObservableList<String> output = FXCollections.observableArrayList();

    /** How far along the start is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The step under way, e.g. "Building Java functions". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The last lines npm, Maven and handler reloads printed (read-only view). */
    public ObservableList<String> output() {
        return FXCollections.unmodifiableObservableList(output);
    }

    void reset() {
        progress.set(0);
        step.set("");
        output.clear();
    }

    void step(RunStep started) {
        progress.set(started.fraction());
        step.set(started.label());
    }

    void done(String text) {
        progress.set(1);
        step.set(text);
    }

    void line(String line) {
        output.add(line);
        if (output.size() > KEPT_LINES) {
            output.remove(0, output.size() - KEPT_LINES);
        }
    }
}
