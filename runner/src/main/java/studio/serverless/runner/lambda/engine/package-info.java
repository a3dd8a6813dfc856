/**
 * Runs functions as Lambda does, without Docker: an execution environment is one runtime process (Python, Node.js
 * or a custom {@code bootstrap}) started with AWS's environment variables and driven through its own Runtime API
 * server; it initialises once and is reused warm. Each function has a pool of environments up to its reserved
 * concurrency (beyond that: throttled), a timeout and a memory size that are enforced by killing the process, and
 * logs captured per invocation with AWS's START / END / REPORT lines. A crashing, looping or allocating handler
 * costs its own process, never the runner. {@link studio.serverless.runner.lambda.engine.LambdaEngine} is the
 * entry point; it knows nothing of HTTP.
 */
package studio.serverless.runner.lambda.engine;
