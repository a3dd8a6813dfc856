package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A Map state: runs {@code processor} once per item of the array {@code itemsPath} selects (in JSONata: of
 * {@code items}, a JSON array or {@code {% %}} expression, null for the state's input), at most
 * {@code maxConcurrency} at a time (0: no limit), shaping each item with the ItemSelector kept in
 * {@code flow().parameters()}. Failed items are tolerated up to {@code tolerance}. In JSONata, {@code computed}
 * holds the limits given as expressions.
 */
public record MapState(String name, DataFlow flow, Transition transition, ErrorHandling errorHandling,
                       StateMachine processor, Optional<JsonPath> itemsPath, int maxConcurrency,
                       JsonPath maxConcurrencyPath, FailureTolerance tolerance, JsonNode items,
                       ComputedMapLimits computed) implements State {

    /** A JSONPath Map state. */
    public MapState(String name, DataFlow flow, Transition transition, ErrorHandling errorHandling,
                    StateMachine processor, Optional<JsonPath> itemsPath, int maxConcurrency,
                    JsonPath maxConcurrencyPath, FailureTolerance tolerance) {
        this(name, flow, transition, errorHandling, processor, itemsPath, maxConcurrency, maxConcurrencyPath,
                tolerance, null, ComputedMapLimits.NONE);
    }

    @Override
    public String type() {
        return "Map";
    }
}
