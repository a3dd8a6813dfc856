package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.language.FailureTolerance;
import studio.serverless.runner.stepfunctions.language.MapState;
import studio.serverless.runner.stepfunctions.processing.InputOutput;

/** Map: the item processor once per item of the items array, at most MaxConcurrency at a time. */
final class MapBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        MapState map = (MapState) entry.state();
        JsonNode input = entry.effectiveInput();
        JsonNode items = map.flow().jsonata() ? items(map, entry)
                : InputOutput.select(map.itemsPath(), "ItemsPath", input, entry.values().variables()::lookup);
        if (!items.isArray()) {
            throw new StatesFailure(ErrorNames.RUNTIME, "The ItemsPath '" + map.itemsPath().orElseThrow()
                    + "' of the Map state '" + map.name() + "' must select an array, but selects " + items);
        }
        int concurrency = MapLimits.concurrency(map, entry, input);
        FailureTolerance tolerance = MapLimits.tolerance(map, entry);
        entry.run().record(HistoryEventType.MapStateStarted, Details.create().number("length", items.size()));
        new MapIterations(entry, map, input, items, concurrency, tolerance).start();
    }

    /** A JSONata Map's Items (an array, possibly of expressions, or one expression), else its input. */
    private static JsonNode items(MapState map, StateEntry entry) {
        if (map.items() == null) {
            if (!entry.rawInput().isArray()) {
                throw new StatesFailure(ErrorNames.QUERY_EVALUATION_ERROR, "The Map state '" + map.name()
                        + "' has no Items, so its input must be an array, but it is " + entry.rawInput());
            }
            return entry.rawInput();
        }
        JsonNode items = entry.values().fill("Items", map.items(), entry.values().states(null, null));
        if (!items.isArray()) {
            throw new StatesFailure(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression '"
                    + JsonataExpression.body(map.items().asText()) + "' specified for the field 'Items' returned an"
                    + " unexpected result type. Expected an array, but was " + items);
        }
        return items;
    }
}
