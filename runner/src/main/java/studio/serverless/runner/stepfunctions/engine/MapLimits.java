package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataEvaluator;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.language.ComputedMapLimits;
import studio.serverless.runner.stepfunctions.language.FailureTolerance;
import studio.serverless.runner.stepfunctions.language.MapState;

/**
 * A Map attempt's concurrency and failure tolerance: as written, read by MaxConcurrencyPath (JSONPath), or
 * computed by {@code {% %}} expressions (JSONata).
 */
final class MapLimits {

    private MapLimits() {
    }

    static int concurrency(MapState map, StateEntry entry, JsonNode input) {
        if (map.computed().maxConcurrency() != null) {
            return (int) Math.min(Integer.MAX_VALUE,
                    entry.values().whole("MaxConcurrency", map.computed().maxConcurrency(), 0));
        }
        if (map.maxConcurrencyPath() == null) {
            return map.maxConcurrency();
        }
        JsonNode value = map.maxConcurrencyPath().find(input).orElse(null);
        if (value == null || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new StatesFailure(ErrorNames.RUNTIME, "The MaxConcurrencyPath '" + map.maxConcurrencyPath()
                    + "' must select a whole number of at least 0, but selects " + value);
        }
        return value.asInt();
    }

    static FailureTolerance tolerance(MapState map, StateEntry entry) {
        ComputedMapLimits computed = map.computed();
        if (computed.toleratedFailurePercentage() == null && computed.toleratedFailureCount() == null) {
            return map.tolerance();
        }
        Double percentage = map.tolerance().percentage();
        if (computed.toleratedFailurePercentage() != null) {
            String expression = computed.toleratedFailurePercentage();
            JsonNode value = entry.values().evaluate("ToleratedFailurePercentage", expression);
            if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 100) {
                throw JsonataEvaluator.failure(JsonataExpression.body(expression), "ToleratedFailurePercentage",
                        "returned an unexpected result type. Expected a number from 0 to 100, but was " + value);
            }
            percentage = value.asDouble();
        }
        Integer count = computed.toleratedFailureCount() == null ? map.tolerance().count()
                : (int) Math.min(Integer.MAX_VALUE,
                entry.values().whole("ToleratedFailureCount", computed.toleratedFailureCount(), 0));
        return new FailureTolerance(percentage, count);
    }
}
