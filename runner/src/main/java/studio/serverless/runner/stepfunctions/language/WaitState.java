package studio.serverless.runner.stepfunctions.language;

import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A Wait state: waits {@code seconds}, until {@code timestamp} (RFC 3339), or for or until what
 * {@code secondsPath} or {@code timestampPath} select. Exactly one is set. In JSONata, {@code secondsExpression}
 * holds a {@code {% %}} Seconds, and {@code timestamp} may be a {@code {% %}} expression.
 */
public record WaitState(String name, DataFlow flow, Transition transition, Integer seconds, String timestamp,
                        JsonPath secondsPath, JsonPath timestampPath, String secondsExpression) implements State {

    /** A JSONPath Wait state. */
    public WaitState(String name, DataFlow flow, Transition transition, Integer seconds, String timestamp,
                     JsonPath secondsPath, JsonPath timestampPath) {
        this(name, flow, transition, seconds, timestamp, secondsPath, timestampPath, null);
    }

    @Override
    public String type() {
        return "Wait";
    }
}
