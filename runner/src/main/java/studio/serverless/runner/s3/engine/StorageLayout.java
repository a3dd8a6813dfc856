package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where S3 data lives on disk. No client-supplied text ever becomes a path on its own: an object's file is named
 * by the SHA-256 of its key ({@code buckets/NAME/objects/<64 hex>}), bucket names are checked against S3's
 * rules (lower-case letters, digits, dots and hyphens, starting with a letter or digit) before they name a
 * folder, and upload folders are named by ids the engine generates. So {@code ../../etc/passwd}, absolute paths,
 * NUL bytes and 1,024-byte keys all map to ordinary file names inside the storage folder.
 *
 * <pre>
 * ROOT/tmp/                           bodies being received
 * ROOT/buckets/NAME/objects/HASH      object data
 * ROOT/buckets/NAME/objects/HASH.json object description (key, ETag, metadata)
 * ROOT/uploads/UPLOAD-ID/PART-NUMBER  multipart upload parts
 * </pre>
 */
public final class StorageLayout {

    private final Path root;

    /**
     * A layout under {@code root}, creating its folders; bodies half-received and multipart uploads left by an
     * earlier run (uploads are not kept across restarts) are removed.
     */
    public StorageLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
        deleteQuietly(this.root.resolve("tmp"));
        deleteQuietly(this.root.resolve("uploads"));
        createDirectories(this.root.resolve("tmp"));
        createDirectories(this.root.resolve("buckets"));
        createDirectories(this.root.resolve("uploads"));
    }

    /** The storage folder. */
    public Path root() {
        return root;
    }

    /** The folder of a bucket whose name passed {@link BucketNames#check}. */
    public Path bucketFolder(String bucket) {
        return inside(root.resolve("buckets").resolve(BucketNames.check(bucket)));
    }

    /** The data file of an object. */
    public Path objectFile(String bucket, String key) {
        return inside(bucketFolder(bucket).resolve("objects").resolve(fileName(key)));
    }

    /** The description file next to an object's data. */
    public Path descriptionFile(String bucket, String key) {
        return inside(bucketFolder(bucket).resolve("objects").resolve(fileName(key) + ".json"));
    }

    /** The folder of a multipart upload, by an id the engine generated. */
    public Path uploadFolder(String uploadId) {
        if (!uploadId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not an engine-made upload id: " + uploadId);
        }
        return inside(root.resolve("uploads").resolve(uploadId));
    }

    /** A new empty temporary file in the storage area (same file system, so moves are atomic). */
    public Path newTemporaryFile() {
        return inside(root.resolve("tmp").resolve(UUID.randomUUID() + ".part"));
    }

    /** The file name an object key maps to: the SHA-256 of its UTF-8 bytes, in hex. */
    public static String fileName(String key) {
        byte[] hash = ChecksumAlgorithm.digest("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** Moves {@code source} onto {@code target} atomically, replacing it; readers of the old file keep it. */
    public static void moveInto(Path source, Path target) {
        try {
            createDirectories(target.getParent());
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
    }

    /** Deletes a file or folder tree, ignoring what is already gone. */
    public static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary file does no harm
        }
    }

    static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private Path inside(Path path) {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IllegalStateException("path outside the storage folder: " + path);
        }
        return normalized;
    }
}
