package studio.serverless.runner.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * No key reaches outside the storage folder: hostile keys are stored and read back as ordinary keys, and every
 * file the engine writes sits inside the storage folder under a hashed name.
 */
class S3StorageSafetyTest {

    private static final S3TestCloud CLOUD = new S3TestCloud();
    private static final String BUCKET = CLOUD.newBucket();

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "../../../../../../tmp/escaped", "/etc/passwd", "..", ".",
        "a/../../b", "%2e%2e/%2e%2e/x", "..\\..\\windows\\win.ini", "nul\u0000byte", "C:\\boot.ini", "~/.ssh/id"})
    void hostileKeysAreOrdinaryKeysInsideTheStorageFolder(String key) throws IOException {
        CLOUD.s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString("payload of " + key));
        assertEquals("payload of " + key, CLOUD.s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String());
        // url encoding: a NUL cannot appear in XML 1.0, encoded or not
        assertTrue(CLOUD.s3.listObjectsV2(b -> b.bucket(BUCKET).encodingType(EncodingType.URL)).contents().stream()
                .anyMatch(o -> o.key().equals(key)), key);
        assertEverythingIsInsideTheStorageFolderUnderHashedNames();
    }

    @Test
    void rawDotDotPathsNeverLeaveTheBucket() {
        String empty = CLOUD.newBucket();
        for (String path : List.of("/" + empty + "/../../etc/passwd", "/" + empty + "/%2e%2e/%2e%2e/etc/passwd",
                "/../../etc/passwd", "/" + empty + "/..%2f..%2fetc%2fpasswd")) {
            String answer = CLOUD.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertTrue(!answer.contains("root:"), answer);
        }
    }

    @Test
    void aKeyOfMoreThan1024BytesIsKeyTooLong() {
        String longest = "k".repeat(1024);
        CLOUD.s3.putObject(b -> b.bucket(BUCKET).key(longest), RequestBody.fromString("ok"));
        S3Exception error = assertThrows(S3Exception.class, () -> CLOUD.s3.putObject(b -> b.bucket(BUCKET)
                .key(longest + "k"), RequestBody.fromString("too long")));
        assertEquals("KeyTooLongError", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
    }

    private static void assertEverythingIsInsideTheStorageFolderUnderHashedNames() throws IOException {
        Path root = CLOUD.cloud.s3().storageFolder().toRealPath();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertTrue(file.toRealPath().startsWith(root), file.toString());
                assertTrue(file.getFileName().toString().matches("[0-9a-f]{64}(\\.json)?|bucket\\.json"),
                        file.toString());
            }
        }
    }
}
