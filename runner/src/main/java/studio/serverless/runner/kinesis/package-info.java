/**
 * The Kinesis Data Streams emulator: {@code engine} holds streams, shards and records; {@code api} speaks Kinesis'
 * JSON and CBOR protocols on the shared endpoint (decision 0030).
 */
package studio.serverless.runner.kinesis;
