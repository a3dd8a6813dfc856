/**
 * Benchmarks of the model: a generator of large, realistic diagrams (deterministic for a seed) and a program that
 * times loading and validating one, run by {@code scripts/benchmark.sh}.
 */
package studio.serverless.model.bench;
