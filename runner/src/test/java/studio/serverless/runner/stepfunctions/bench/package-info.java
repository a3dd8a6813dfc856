/**
 * The Step Functions benchmark: state transitions per second on a chain of Pass states, and executions parked in
 * Wait states without a thread each. {@code scripts/benchmark.sh stepfunctions} runs it and adds its row to
 * docs/benchmarks.md.
 */
package studio.serverless.runner.stepfunctions.bench;
