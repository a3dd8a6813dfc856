package studio.serverless.app.desktop.run.logs;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The function logs of a run: every function's lines as they arrive (the last {@code capacity} kept), shown for one
 * function or all, narrowed to lines containing a text (any case). Lines arrive on engine threads through
 * {@link #accept} and reach the observable lists on {@link #drainPending()}, which the view calls once per pulse on
 * the FX thread; everything but {@link #accept} belongs to the FX thread.
 */
public final class FunctionLogViewModel implements AutoCloseable {

    /** How many lines are kept by default: the oldest go first. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** The function choice that shows every function's lines. */
    public static final String ALL_FUNCTIONS = "All functions";

    private final int capacity;
    private final PendingBatch<LogLine> pending;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(lines);
    private final ObservableList<String> functions = FXCollections.observableArrayList(ALL_FUNCTIONS);
    private final StringProperty selectedFunction = new SimpleStringProperty(ALL_FUNCTIONS);
    private final StringProperty filterText = new SimpleStringProperty("");
    private AutoCloseable subscription;

    /** A view model keeping the last {@code capacity} lines. */
    public FunctionLogViewModel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("log capacity: expected at least 1 line, got " + capacity);
        }
        this.capacity = capacity;
        this.pending = new PendingBatch<>(capacity);
        selectedFunction.addListener((observable, old, now) -> refilter());
        filterText.addListener((observable, old, now) -> refilter());
    }

    /** Starts taking lines from {@code source} (stops taking them from the previous one). */
    public void listenTo(LogSource source) {
        close();
        subscription = source.listen(this::accept);
    }

    /** Queues a line; any thread. */
    public void accept(String function, String line) {
        pending.add(new LogLine(function, line));
    }

    /** Moves the queued lines into the lists; FX thread, once per pulse. */
    public void drainPending() {
        List<LogLine> arrived = pending.drain();
        for (LogLine line : arrived) {
            if (!functions.contains(line.function())) {
                int at = 1;
                while (at < functions.size() && functions.get(at).compareTo(line.function()) < 0) {
                    at++;
                }
                functions.add(at, line.function());
            }
        }
        BoundedList.append(lines, arrived, capacity);
    }

    /** The lines shown: of the chosen function, containing the filter text. */
    public ObservableList<LogLine> shownLines() {
        return shown;
    }

    /** {@link #ALL_FUNCTIONS}, then every function that wrote a line, by name. */
    public ObservableList<String> functions() {
        return functions;
    }

    /** The function whose lines are shown, or {@link #ALL_FUNCTIONS}. */
    public StringProperty selectedFunctionProperty() {
        return selectedFunction;
    }

    /** The text the shown lines contain (any case); empty for every line. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** How many lines are kept, shown or not. */
    public int keptLines() {
        return lines.size();
    }

    /** Forgets every line kept so far. */
    public void clear() {
        lines.clear();
    }

    private void refilter() {
        String function = selectedFunction.get();
        String text = filterText.get() == null ? "" : filterText.get().toLowerCase(Locale.ROOT);
        Predicate<LogLine> ofFunction = function == null || function.equals(ALL_FUNCTIONS) ? line -> true
                : line -> line.function().equals(function);
        shown.setPredicate(ofFunction.and(line -> text.isEmpty()
                || line.text().toLowerCase(Locale.ROOT).contains(text)));
    }

    /** Stops taking lines. */
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
