/**
 * S3's wire adapter: REST XML over the endpoint, path style ({@code 127.0.0.1:4577/bucket/key}) and virtual-host
 * style ({@code bucket.localhost:4577/key}). Picks the operation from method, bucket, key and sub-resource,
 * decodes {@code aws-chunked} bodies and their trailing checksums, streams bodies both ways, writes S3's XML and
 * maps the engine's error catalogue to {@code <Error>} answers in one place. No storage logic lives here.
 */
package studio.serverless.runner.s3.api;
