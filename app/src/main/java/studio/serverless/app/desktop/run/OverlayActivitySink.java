package studio.serverless.app.desktop.run;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import studio.serverless.canvas.run.RunBadge;
import studio.serverless.canvas.run.RunOverlay;

/**
 * Shows a run's activity on the canvas's {@link RunOverlay}: resources become diagram ids through a
 * {@link RunElementIndex}; calls from the runner's threads are queued and drained on the UI thread in one go, so
 * a burst of activity costs one hand-over, not one each. Activity of resources the diagram does not draw is
 * dropped.
 */
public final class OverlayActivitySink implements RunActivitySink {

    private final RunOverlay overlay;
    private final RunElementIndex index;
    private final Executor uiThread;
    private final Queue<Consumer<RunOverlay>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** A sink drawing on {@code overlay}, mapping with {@code index}, drawing on {@code uiThread}. */
    public OverlayActivitySink(RunOverlay overlay, RunElementIndex index, Executor uiThread) {
        this.overlay = overlay;
        this.index = index;
        this.uiThread = uiThread;
    }

    @Override
    public void travelled(ResourceKey from, ResourceKey to) {
        index.connection(from, to).ifPresent(connection -> later(shown -> shown.sendToken(connection)));
    }

    @Override
    public void failed(ResourceKey resource, String error) {
        index.service(resource).ifPresent(service -> later(shown -> shown.markFailed(service, error)));
    }

    @Override
    public void recovered(ResourceKey resource) {
        index.service(resource).ifPresent(service -> later(shown -> shown.clearFailed(service)));
    }

    @Override
    public void counters(ResourceKey resource, List<RunBadge> badges) {
        List<RunBadge> copy = List.copyOf(badges);
        index.service(resource).ifPresent(service -> later(shown -> shown.setBadges(service, copy)));
    }

    /** Takes everything the run showed off the canvas (on the UI thread, after what is queued). */
    @Override
    public void runStopped() {
        later(RunOverlay::clear);
    }

    private void later(Consumer<RunOverlay> change) {
        pending.add(change);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Consumer<RunOverlay> change;
        while ((change = pending.poll()) != null) {
            change.accept(overlay);
        }
    }
}
