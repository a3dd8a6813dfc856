package studio.serverless.model.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file's content all at once: the new content goes to a temporary file in the same folder, is forced
 * to disk, and is then moved over the file. A failure at any step leaves the old file as it was and removes the
 * temporary file.
 */
final class AtomicFileWriter {

    /** Writes the new content of a file to a stream; may throw midway. */
    @FunctionalInterface
    interface Content {
        /** Writes the whole content. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Replaces (or creates) {@code target} with the content; a symbolic link's target file is replaced. */
    static void write(Path target, Content content) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(target.toString(), null, "is a folder; expected a file to save to");
        }
        Path folder = file.getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        boolean moved = false;
        try {
            keepPermissions(file, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, file);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        forceFolder(folder);
    }

    /** Gives the temporary file the old file's permissions (or rw-r--r-- for a new file) where POSIX applies. */
    private static void keepPermissions(Path file, Path temporary) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(file)
                    ? Files.getPosixFilePermissions(file)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file system decides; nothing to copy.
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file itself is already on disk.
        }
    }
}
