package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.FailureTolerance;
import studio.serverless.runner.stepfunctions.language.MapState;
import studio.serverless.runner.stepfunctions.processing.PayloadTemplate;

/**
 * The iterations of one Map attempt: started in item order up to the concurrency limit, each next one when one
 * ends; results kept in item order. Failures beyond the tolerance stop the rest.
 */
final class MapIterations {

    private final StateEntry entry;
    private final MapState map;
    private final JsonNode input;
    private final JsonNode items;
    private final int limit;
    private final FailureTolerance tolerance;
    private final ArrayNode results = JsonNodeFactory.instance.arrayNode();
    private final List<BranchRun> running = new ArrayList<>();
    private int started;
    private int finished;
    private int failures;
    private boolean over;

    MapIterations(StateEntry entry, MapState map, JsonNode input, JsonNode items, int concurrency,
                  FailureTolerance tolerance) {
        this.tolerance = tolerance;
        this.entry = entry;
        this.map = map;
        this.input = input;
        this.items = items;
        this.limit = concurrency == 0 ? Integer.MAX_VALUE : concurrency;
        items.forEach(item -> results.addNull());
    }

    void start() {
        if (items.isEmpty()) {
            succeed();
            return;
        }
        while (started < items.size() && started - finished < limit) {
            startNext();
        }
    }

    private void startNext() {
        int index = started++;
        JsonNode item = items.get(index);
        JsonNode selector = map.flow().parameters();
        ObjectNode context = ContextObject.withMapItem(entry.context(), index, item);
        JsonNode itemInput = selector == null ? item : selected(selector, context);
        BranchRun iteration = entry.branch().child(map.processor(), new BranchListener() {
            @Override
            public void succeeded(JsonNode output) {
                ended(index, output, null);
            }

            @Override
            public void failed(StatesFailure failure) {
                ended(index, null, failure);
            }
        });
        running.add(iteration);
        entry.run().record(HistoryEventType.MapIterationStarted, Details.create().text("name", map.name())
                .number("index", index));
        entry.run().post(() -> iteration.start(itemInput));
    }

    /** The ItemSelector filled for one item, whose index and value are in {@code context}. */
    private JsonNode selected(JsonNode selector, ObjectNode context) {
        if (!map.flow().jsonata()) {
            return PayloadTemplate.fill(selector, input, context, entry.values().variables()::lookup);
        }
        ObjectNode states = entry.values().states(null, null);
        states.set("context", context);
        return entry.values().fill("ItemSelector", selector, states);
    }

    private void ended(int index, JsonNode output, StatesFailure failure) {
        if (over) {
            return;
        }
        finished++;
        Details details = Details.create().text("name", map.name()).number("index", index);
        if (failure == null) {
            results.set(index, output);
            entry.run().record(HistoryEventType.MapIterationSucceeded, details);
        } else {
            failures++;
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            results.set(index, error);
            error.put("Error", failure.error());
            if (failure.cause() != null) {
                error.put("Cause", failure.cause());
            }
            entry.run().record(HistoryEventType.MapIterationFailed, details);
            if (tolerance.exceeded(failures, items.size())) {
                fail(failure);
                return;
            }
        }
        if (finished == items.size()) {
            succeed();
        } else if (started < items.size()) {
            entry.guard(this::startNext);
        }
    }

    private void succeed() {
        over = true;
        entry.run().record(HistoryEventType.MapStateSucceeded, Details.create());
        entry.guard(() -> entry.complete(results));
    }

    private void fail(StatesFailure failure) {
        over = true;
        running.forEach(BranchRun::stop);
        boolean tolerating = tolerance.percentage() != null || tolerance.count() != null;
        StatesFailure reported = tolerating ? new StatesFailure(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                "The Map state '" + map.name() + "' had " + failures + " failed items, more than it tolerates")
                : failure;
        entry.run().record(HistoryEventType.MapStateFailed, Details.failure(reported.error(), reported.cause()));
        entry.fail(reported);
    }
}
