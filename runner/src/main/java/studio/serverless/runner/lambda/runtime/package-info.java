/**
 * The Lambda Runtime API (version 2018-06-01) as AWS documents it, served on loopback to one execution
 * environment's runtime process: {@code GET /runtime/invocation/next} hands the process its next event with the
 * {@code Lambda-Runtime-*} headers, {@code POST /runtime/invocation/{id}/response} and {@code .../error} report
 * the outcome, {@code POST /runtime/init/error} reports a failed start. Any runtime client that speaks this
 * protocol works, not just the bootstraps shipped with the runner. Nothing here starts processes or knows
 * about functions; the engine hands invocations to a {@link studio.serverless.runner.lambda.runtime.RuntimeSession}
 * and waits on their outcome.
 */
package studio.serverless.runner.lambda.runtime;
