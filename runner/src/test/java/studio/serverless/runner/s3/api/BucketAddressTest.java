package studio.serverless.runner.s3.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bucket and key from the Host header and path: virtual-host style under localhost, path style otherwise. */
class BucketAddressTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "127.0.0.1:4577, /, null, null",
        "127.0.0.1:4577, /photos, photos, null",
        "127.0.0.1:4577, /photos/, photos, null",
        "127.0.0.1:4577, /photos/2024/cat.jpg, photos, 2024/cat.jpg",
        "localhost:4577, /photos/a, photos, a",
        "s3.localhost:4577, /photos/a, photos, a",
        "photos.localhost:4577, /2024/cat.jpg, photos, 2024/cat.jpg",
        "photos.localhost, /, photos, null",
        "photos.s3.localhost:4577, /a, photos, a",
        "my.dotted.bucket.s3.us-west-2.localhost:4577, /a//b, my.dotted.bucket, a//b",
        "PHOTOS.LOCALHOST:4577, /a, photos, a"})
    void requestsAddressBucketsAndKeys(String host, String path, String bucket, String key) {
        assertEquals(new BucketAddress(bucket, key), BucketAddress.of(host, path));
    }
}
