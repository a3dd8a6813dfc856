package studio.serverless.app.desktop.run;

import java.util.List;
import studio.serverless.canvas.run.RunBadge;

/**
 * Where a run's activity goes to be shown on the canvas. Resources are named as the runner names them; the canvas
 * side maps them to diagram ids. May be called from any thread and returns at once (the calls are handed to the
 * JavaFX thread in batches). The runner's activity feed is connected to it so:
 * <pre>{@code
 * run.cloud().activity().subscribe(activity -> {
 *     ResourceKey from = new ResourceKey(activity.from().kind(), activity.from().name());
 *     activity.to().ifPresent(to -> sink.travelled(from, new ResourceKey(to.kind(), to.name())));
 *     activity.error().ifPresentOrElse(error -> sink.failed(from, error), () -> sink.recovered(from));
 * });
 * }</pre>
 */
public interface RunActivitySink {

    /** Something went from one resource to another (a message delivered, a function calling a table): a token. */
    void travelled(ResourceKey from, ResourceKey to);

    /** A resource failed (a function's invocation ended in an error): marked red with the error. */
    void failed(ResourceKey resource, String error);

    /** A resource that had failed worked again: its failed mark goes. */
    void recovered(ResourceKey resource);

    /** A resource's live counters, replacing the ones shown before. */
    void counters(ResourceKey resource, List<RunBadge> badges);

    /** The run stopped: everything it showed goes. */
    default void runStopped() {
    }
}
