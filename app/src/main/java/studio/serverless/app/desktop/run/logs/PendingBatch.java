package studio.serverless.app.desktop.run.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Items that arrived on engine threads, waiting for the FX thread to take them all at once on its next pulse. At
 * most {@code limit} wait: beyond that the oldest are dropped (the view keeps no more than that anyway), so a
 * flood while the window is hidden costs bounded memory.
 *
 * @param <T> the item
 */
final class PendingBatch<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;

    PendingBatch(int limit) {
        this.limit = limit;
    }

    /** Adds an item; any thread. */
    void add(T item) {
        queue.add(item);
        if (size.incrementAndGet() > limit && queue.poll() != null) {
            size.decrementAndGet();
        }
    }

    /** Takes every waiting item, oldest first. */
    List<T> drain() {
        List<T> taken = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            size.decrementAndGet();
            taken.add(item);
        }
        return taken;
    }
}
