/**
 * The Kinesis Data Streams emulator's logic, free of any wire protocol: streams that are ACTIVE as soon as they are
 * created, shards splitting the 128-bit hash key space evenly, records placed by the MD5 of their partition key (or
 * an explicit hash key) with 56-digit sequence numbers increasing per shard, retention trimming, tags, and reading
 * through 5-minute shard iterators. {@link studio.serverless.runner.kinesis.engine.StreamReader} also offers the
 * plain in-process reads an event source mapping's poller needs (shards, records after a sequence number, the tip).
 * Time comes from an injected {@link java.time.Clock}. Not emulated: resharding, enhanced fan-out consumers,
 * server-side encryption, throughput limits. Thread-safe.
 */
package studio.serverless.runner.kinesis.engine;
