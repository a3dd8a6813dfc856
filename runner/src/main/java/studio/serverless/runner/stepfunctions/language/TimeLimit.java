package studio.serverless.runner.stepfunctions.language;

import studio.serverless.runner.stepfunctions.path.JsonPath;

/** A number of seconds given literally ({@code TimeoutSeconds}) or by a path ({@code TimeoutSecondsPath}). */
public record TimeLimit(Integer seconds, JsonPath path) {
}
