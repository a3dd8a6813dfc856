package studio.serverless.app.desktop.run.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import studio.serverless.app.desktop.run.ResourceKey;
import studio.serverless.app.desktop.run.RunActivitySink;
import studio.serverless.app.desktop.run.RunAttachment;
import studio.serverless.app.run.LocalRun;
import studio.serverless.canvas.run.RunBadge;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ActivitySubscription;
import studio.serverless.runner.activity.ResourceMetrics;
import studio.serverless.runner.activity.ResourceRef;

/**
 * Brings a run to its diagram: each activity from one resource to another becomes a token along their connection, a
 * failed invocation marks its function red with the error (until it next succeeds), and once a second the resources'
 * counters become live badges (invocations, errors, throttles, cold starts; queue depth, in flight; items; objects;
 * running executions; messages published).
 */
public final class ActivityOnCanvas implements RunAttachment {

    @Override
    public AutoCloseable attach(LocalRun run, RunActivitySink sink) {
        ActivitySubscription subscription = run.cloud().activity().subscribe(activity -> show(activity, sink));
        Timeline badges = new Timeline(new KeyFrame(Duration.seconds(1),
                event -> showCounters(run.cloud().metrics(), sink)));
        badges.setCycleCount(Timeline.INDEFINITE);
        badges.play();
        showCounters(run.cloud().metrics(), sink);
        return () -> {
            badges.stop();
            subscription.close();
        };
    }

    private static void show(Activity activity, RunActivitySink sink) {
        ResourceKey from = key(activity.from());
        activity.to().ifPresent(to -> sink.travelled(from, key(to)));
        if (activity.kind() == ActivityKind.INVOCATION_ERROR) {
            sink.failed(from, activity.error().orElse(activity.summary()));
        } else if (activity.kind() == ActivityKind.INVOCATION_END && !activity.failed()) {
            sink.recovered(from);
        }
    }

    /** The resources' counters now as badges; a resource shows only the counters that are not zero. */
    static void showCounters(ResourceMetrics metrics, RunActivitySink sink) {
        metrics.functions().forEach((name, function) -> sink.counters(new ResourceKey(ServiceKind.LAMBDA_FUNCTION,
                name), badges(Map.of("calls", function.invocations(), "cold", function.coldStarts()),
                Map.of("errors", function.errors(), "throttled", function.throttles()))));
        metrics.queues().forEach((name, queue) -> sink.counters(new ResourceKey(ServiceKind.SQS_QUEUE, name),
                badges(Map.of("waiting", queue.visible(), "in flight", queue.inFlight()), Map.of())));
        metrics.tableItems().forEach((name, items) -> sink.counters(new ResourceKey(ServiceKind.DYNAMODB_TABLE,
                name), badges(Map.of("items", items), Map.of())));
        metrics.bucketObjects().forEach((name, objects) -> sink.counters(new ResourceKey(ServiceKind.S3_BUCKET,
                name), badges(Map.of("objects", objects), Map.of())));
        metrics.runningExecutions().forEach((name, running) -> sink.counters(new ResourceKey(
                ServiceKind.STEP_FUNCTIONS, name), badges(Map.of("running", running), Map.of())));
        metrics.topicPublishes().forEach((name, published) -> sink.counters(new ResourceKey(ServiceKind.SNS_TOPIC,
                name), badges(Map.of("published", published), Map.of())));
    }

    private static List<RunBadge> badges(Map<String, Long> counts, Map<String, Long> alarms) {
        List<RunBadge> badges = new ArrayList<>();
        counts.entrySet().stream().filter(count -> count.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(count -> badges.add(RunBadge.of(count.getKey(), count.getValue())));
        alarms.entrySet().stream().filter(alarm -> alarm.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(alarm -> badges.add(RunBadge.alarm(alarm.getKey(), alarm.getValue())));
        return badges;
    }

    private static ResourceKey key(ResourceRef resource) {
        return new ResourceKey(resource.kind(), resource.name());
    }
}
