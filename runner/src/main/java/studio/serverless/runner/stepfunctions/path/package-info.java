/**
 * JSONPath as the States Language uses it: {@link studio.serverless.runner.stepfunctions.path.JsonPath} compiles
 * and evaluates paths, both Reference Paths that name one node (and can be written to, for ResultPath) and the
 * wider JSONPath (wildcards, slices, filters) that {@code .$} fields may use. Written here rather than taken from
 * a library: see decision 0033.
 */
package studio.serverless.runner.stepfunctions.path;
