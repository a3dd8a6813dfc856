/**
 * The generator benchmark: every target for a diagram of 1,000 services, timed in a warm JVM; run by
 * {@code scripts/benchmark.sh}, which records the figures in docs/benchmarks.md.
 */
package studio.serverless.codegen.bench;
