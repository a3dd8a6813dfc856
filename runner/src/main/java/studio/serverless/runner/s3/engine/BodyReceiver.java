package studio.serverless.runner.s3.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams a request body into a temporary file of the storage area in 64 KiB steps, computing its MD5 and the
 * asked-for checksums on the way: a body is never held in memory whole, whatever its size.
 */
public final class BodyReceiver {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final StorageLayout layout;

    /** A receiver writing into {@code layout}'s temporary folder. */
    public BodyReceiver(StorageLayout layout) {
        this.layout = layout;
    }

    /**
     * Saves {@code in} to a temporary file.
     *
     * @param expectedLength the length the client announced, or -1; a shorter or longer body is IncompleteBody
     * @param algorithms     the additional checksums to compute
     */
    public ReceivedBody receive(InputStream in, long expectedLength, Set<ChecksumAlgorithm> algorithms) {
        Path file = layout.newTemporaryFile();
        MessageDigest md5 = ChecksumAlgorithm.digest("MD5");
        Map<ChecksumAlgorithm, RunningChecksum> running = new EnumMap<>(ChecksumAlgorithm.class);
        algorithms.forEach(algorithm -> running.put(algorithm, algorithm.start()));
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                md5.update(buffer, 0, read);
                for (RunningChecksum checksum : running.values()) {
                    checksum.update(buffer, 0, read);
                }
                size += read;
            }
        } catch (IOException | UncheckedIOException | S3Exception e) {
            StorageLayout.deleteQuietly(file);
            throw e instanceof S3Exception s3 ? s3 : new S3Exception(S3Error.INCOMPLETE_BODY);
        }
        if (expectedLength >= 0 && size != expectedLength) {
            StorageLayout.deleteQuietly(file);
            throw new S3Exception(S3Error.INCOMPLETE_BODY);
        }
        Map<ChecksumAlgorithm, String> values = new EnumMap<>(ChecksumAlgorithm.class);
        running.forEach((algorithm, checksum) -> values.put(algorithm, checksum.base64()));
        return new ReceivedBody(file, size, md5.digest(), values);
    }
}
