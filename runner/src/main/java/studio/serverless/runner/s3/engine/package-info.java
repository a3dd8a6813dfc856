/**
 * The S3 emulator's domain logic, free of HTTP: buckets and their key index, objects streamed into files under
 * a storage folder with hashed names (no key can name a path), ETags and additional checksums computed as bytes
 * stream past, conditional and ranged reads, listings, multipart uploads and the event notifications the
 * runner delivers to functions, queues and topics. One error catalogue, {@link
 * studio.serverless.runner.s3.engine.S3Error}.
 */
package studio.serverless.runner.s3.engine;
