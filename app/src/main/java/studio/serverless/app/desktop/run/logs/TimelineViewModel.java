package studio.serverless.app.desktop.run.logs;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import studio.serverless.runner.activity.Activity;

/**
 * The timeline of a run: every activity of the local cloud (the last {@code capacity} kept) as a row of time, from,
 * to, what and error, narrowed by a text any column contains and to failures only, and exported as the rows shown.
 * Activity arrives on engine threads through {@link #accept} and reaches the rows on {@link #drainPending()}, which
 * the view calls once per pulse on the FX thread.
 */
public final class TimelineViewModel implements AutoCloseable {

    /** How many rows are kept by default: the oldest go first. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final PendingBatch<Activity> pending;
    private final ObservableList<Activity> rows = FXCollections.observableArrayList();
    private final FilteredList<Activity> shown = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty(false);
    private AutoCloseable subscription;

    /** A timeline keeping the last {@code capacity} rows. */
    public TimelineViewModel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("timeline capacity: expected at least 1 row, got " + capacity);
        }
        this.capacity = capacity;
        this.pending = new PendingBatch<>(capacity);
        filterText.addListener((observable, old, now) -> refilter());
        failuresOnly.addListener((observable, old, now) -> refilter());
    }

    /** Starts taking activity from {@code source} (stops taking it from the previous one). */
    public void listenTo(ActivitySource source) {
        close();
        subscription = source.listen(this::accept);
    }

    /** Queues an activity; any thread. */
    public void accept(Activity activity) {
        pending.add(activity);
    }

    /** Moves the queued activity into the rows; FX thread, once per pulse. */
    public void drainPending() {
        BoundedList.append(rows, pending.drain(), capacity);
    }

    /** The rows shown, oldest first. */
    public ObservableList<Activity> shownRows() {
        return shown;
    }

    /** The text some column of a shown row contains (any case). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Whether only rows with an error are shown. */
    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    /** Forgets every row kept so far. */
    public void clear() {
        rows.clear();
    }

    /** Writes the rows shown to {@code out} in {@code format}. */
    public void export(TimelineFormat format, Writer out) throws IOException {
        List<Activity> snapshot = new ArrayList<>(shown);
        format.write(snapshot, out);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().toLowerCase(Locale.ROOT);
        boolean failures = failuresOnly.get();
        shown.setPredicate(activity -> (!failures || activity.failed())
                && (text.isEmpty() || TimelineColumns.searchText(activity).contains(text)));
    }

    /** Stops taking activity. */
    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // a source that cannot stop has nothing more to say
            }
            subscription = null;
        }
    }
}
