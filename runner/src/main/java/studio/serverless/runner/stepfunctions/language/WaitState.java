package studio.serverless.runner.stepfunctions.language;

import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A Wait state: waits {@code seconds}, until {@code timestamp} (RFC 3339), or for or until what
 * {@code secondsPath} or {@code timestampPath} select. Exactly one is set.
 */
public record WaitState(String name, DataFlow flow, Transition transition, Integer seconds, String timestamp,
                        JsonPath secondsPath, JsonPath timestampPath) implements State {
    @Override
    public String type() {
        return "Wait";
    }
}
