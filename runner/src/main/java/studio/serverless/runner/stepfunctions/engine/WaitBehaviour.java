package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.jsonata.JsonataEvaluator;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;
import studio.serverless.runner.stepfunctions.language.WaitState;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** Wait: a timer on the scheduler's clock; no thread waits. */
final class WaitBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        WaitState wait = (WaitState) entry.state();
        JsonNode input = entry.effectiveInput();
        Instant until = wait.flow().jsonata() ? computed(wait, entry) : until(wait, input, entry.run().now());
        entry.run().at(until, () -> entry.guard(() -> entry.complete(input)));
    }

    private static Instant computed(WaitState wait, StateEntry entry) {
        if (wait.secondsExpression() != null) {
            return entry.run().now().plusSeconds(entry.values().whole("Seconds", wait.secondsExpression(), 0));
        }
        if (wait.timestamp() == null || !JsonataExpression.is(wait.timestamp())) {
            return until(wait, entry.rawInput(), entry.run().now());
        }
        JsonNode timestamp = entry.values().evaluate("Timestamp", wait.timestamp());
        try {
            return OffsetDateTime.parse(timestamp.asText()).toInstant();
        } catch (DateTimeParseException notTimestamp) {
            throw JsonataEvaluator.failure(JsonataExpression.body(wait.timestamp()), "Timestamp", "returned an"
                    + " unexpected result type. Expected an RFC 3339 timestamp, but was " + timestamp);
        }
    }

    private static Instant until(WaitState wait, JsonNode input, Instant now) {
        if (wait.seconds() != null) {
            return now.plusSeconds(wait.seconds());
        }
        if (wait.timestamp() != null) {
            return OffsetDateTime.parse(wait.timestamp()).toInstant();
        }
        if (wait.secondsPath() != null) {
            JsonNode seconds = read(wait.secondsPath(), "SecondsPath", input);
            if (!seconds.canConvertToLong() || !seconds.isIntegralNumber() || seconds.asLong() < 0) {
                throw new StatesFailure(ErrorNames.RUNTIME, "The SecondsPath '" + wait.secondsPath()
                        + "' must select a non-negative whole number, but selects " + seconds);
            }
            return now.plusSeconds(seconds.asLong());
        }
        JsonNode timestamp = read(wait.timestampPath(), "TimestampPath", input);
        try {
            return OffsetDateTime.parse(timestamp.asText()).toInstant();
        } catch (DateTimeParseException notTimestamp) {
            throw new StatesFailure(ErrorNames.RUNTIME, "The TimestampPath '" + wait.timestampPath()
                    + "' must select an RFC 3339 timestamp, but selects " + timestamp);
        }
    }

    private static JsonNode read(JsonPath path, String field, JsonNode input) {
        return path.find(input).orElseThrow(() -> new StatesFailure(ErrorNames.RUNTIME,
                "Invalid path '" + path + "' in " + field + ": it selects nothing in the input '" + input + "'"));
    }
}
