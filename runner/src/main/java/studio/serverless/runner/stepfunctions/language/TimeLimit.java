package studio.serverless.runner.stepfunctions.language;

import studio.serverless.runner.stepfunctions.path.JsonPath;

/**
 * A number of seconds given literally ({@code TimeoutSeconds}), by a path ({@code TimeoutSecondsPath}) or, in
 * JSONata, by a {@code {% %}} expression; the others null.
 */
public record TimeLimit(Integer seconds, JsonPath path, String expression) {

    /** A literal or path limit. */
    public TimeLimit(Integer seconds, JsonPath path) {
        this(seconds, path, null);
    }
}
