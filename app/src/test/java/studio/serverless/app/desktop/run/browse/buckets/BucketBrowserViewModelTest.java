package studio.serverless.app.desktop.run.browse.buckets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import studio.serverless.app.desktop.run.browse.RunningExample;

/** Listing, uploading, downloading and deleting objects of the file-pipeline example's buckets, with the SDK. */
class BucketBrowserViewModelTest {

    private static final String BUCKET = "studio-example-uploads";

    @TempDir
    Path folder;

    private final RunningExample example = new RunningExample("file-pipeline");
    private final S3Client client = example.s3();
    private final BucketBrowserViewModel browser = new BucketBrowserViewModel(example.cloud().s3(),
            example.diagram());

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    private void put(String key, String text) {
        client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(text));
    }

    private List<String> names() {
        return browser.entries().stream().map(BucketEntry::name).toList();
    }

    @Test
    void listsFoldersFirstAndOpensThem() {
        put("reports/2024/june.csv", "a");
        put("reports/summary.txt", "b");
        put("readme.txt", "c");

        browser.select(BUCKET);
        assertEquals(List.of("studio-example-uploads", "studio-example-results"), browser.buckets());
        assertEquals(List.of("reports/", "readme.txt"), names());
        browser.open(browser.entries().get(0));
        assertEquals(List.of("2024/", "summary.txt"), names());
        browser.up();

        assertEquals("", browser.prefixProperty().get());
        assertEquals(List.of("reports/", "readme.txt"), names());
    }

    @Test
    void anUploadedFileIsWhatGetObjectReturns() throws IOException {
        byte[] bytes = {0, 1, 2, (byte) 0xff, 'x'};
        Path file = Files.write(folder.resolve("photo.bin"), bytes);
        browser.select(BUCKET);
        browser.open(folderEntry("incoming/"));

        assertTrue(browser.upload(file, browser.suggestedKey(file)), browser.statusProperty().get());

        byte[] read = client.getObjectAsBytes(b -> b.bucket(BUCKET).key("incoming/photo.bin")).asByteArray();
        assertArrayEquals(bytes, read);
        assertEquals(List.of("photo.bin"), names());
    }

    private BucketEntry folderEntry(String key) {
        return new BucketEntry(key, key, true, 0, null);
    }

    @Test
    void aDownloadWritesTheObjectToTheChosenFile() throws IOException {
        put("notes.txt", "remember the milk");
        browser.select(BUCKET);

        assertTrue(browser.download("notes.txt", folder.resolve("copy.txt")));

        assertEquals("remember the milk", Files.readString(folder.resolve("copy.txt")));
    }

    @Test
    void deleteRemovesTheObject() {
        put("old.txt", "x");
        browser.select(BUCKET);

        browser.delete("old.txt");

        assertEquals(List.of(), names());
        assertEquals(0, client.listObjectsV2(b -> b.bucket(BUCKET)).keyCount());
    }

    @Test
    void aKeyS3RefusesIsExplained() throws IOException {
        Path file = Files.writeString(folder.resolve("a.txt"), "x");
        browser.select(BUCKET);

        assertFalse(browser.upload(file, ""));

        assertFalse(browser.statusProperty().get().isEmpty());
    }
}
