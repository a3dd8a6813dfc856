package studio.serverless.runner.s3.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys and bucket names map to paths inside the storage folder, whatever they hold. */
class StorageLayoutTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "..", "a/../../../b", "nul\u0000", "C:\\x",
        "%2e%2e/%2e%2e", "\u202e\u0000/..//"})
    void everyKeyMapsToAHashedFileInsideTheBucketFolder(String key) {
        StorageLayout layout = new StorageLayout(root);
        Path file = layout.objectFile("bucket", key);
        Path objects = root.toAbsolutePath().normalize().resolve("buckets/bucket/objects");
        assertTrue(file.startsWith(objects), file.toString());
        assertTrue(file.getFileName().toString().matches("[0-9a-f]{64}"), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../x", "a/b", "UPPER", "ab", "x_y", "-start", "end-", "a..b", "192.168.1.1",
        "xn--punycode", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void badBucketNamesNeverNameAFolder(String name) {
        StorageLayout layout = new StorageLayout(root);
        S3Exception error = assertThrows(S3Exception.class, () -> layout.bucketFolder(name));
        assertEquals(S3Error.INVALID_BUCKET_NAME, error.error());
    }

    @Test
    void uploadFoldersAcceptOnlyEngineMadeIds() {
        StorageLayout layout = new StorageLayout(root);
        assertThrows(IllegalArgumentException.class, () -> layout.uploadFolder("../../etc"));
        assertTrue(layout.uploadFolder("0123456789abcdef0123456789abcdef").startsWith(root.toAbsolutePath()));
    }
}
