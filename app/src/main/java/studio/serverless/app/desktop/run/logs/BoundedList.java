package studio.serverless.app.desktop.run.logs;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An observable list that keeps the last {@code capacity} items: adding past it drops the oldest in one change. */
final class BoundedList {

    private BoundedList() {
    }

    static <T> ObservableList<T> create() {
        return FXCollections.observableArrayList();
    }

    /** Appends {@code items} to {@code list}, then drops the oldest beyond {@code capacity}. */
    static <T> void append(ObservableList<T> list, List<T> items, int capacity) {
        if (items.isEmpty()) {
            return;
        }
        List<T> kept = items.size() > capacity ? items.subList(items.size() - capacity, items.size()) : items;
        list.addAll(kept);
        if (list.size() > capacity) {
            list.remove(0, list.size() - capacity);
        }
    }
}
