/**
 * Benchmark harnesses run by {@code scripts/bench-peers.sh}: one AWS SDK workload per service, timed per
 * operation against any endpoint, so the local cloud and its open-source peers are measured the same way.
 */
package studio.serverless.bench;
