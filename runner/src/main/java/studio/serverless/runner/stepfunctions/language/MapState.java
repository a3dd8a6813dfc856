package studio.serverless.runner.stepfunctions.language;

import java.util.Optional;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A Map state: runs {@code processor} once per item of the array {@code itemsPath} selects, at most
 * {@code maxConcurrency} at a time (0: no limit), shaping each item with the ItemSelector kept in
 * {@code flow().parameters()}. Failed items are tolerated up to {@code tolerance}.
 */
public record MapState(String name, DataFlow flow, Transition transition, ErrorHandling errorHandling,
                       StateMachine processor, Optional<JsonPath> itemsPath, int maxConcurrency,
                       JsonPath maxConcurrencyPath, FailureTolerance tolerance) implements State {
    @Override
    public String type() {
        return "Map";
    }
}
