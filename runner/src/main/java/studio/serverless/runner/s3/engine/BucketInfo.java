package studio.serverless.runner.s3.engine;

import java.time.Instant;

/**
 * A bucket as ListBuckets and HeadBucket describe it.
 *
 * @param name    the bucket name
 * @param region  the region it was created in
 * @param created when it was created
 */
public record BucketInfo(String name, String region, Instant created) {
}
