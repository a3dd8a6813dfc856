package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Tells a running session from a crashed one: each session holds an operating-system lock on its own
 * {@code <session>.lock} file while it runs. The operating system drops the lock when the process dies, however
 * it dies, so recovery files of a session whose lock can be taken were left behind by a crash, while another
 * running instance's files are left alone.
 */
final class SessionLock implements AutoCloseable {

    private static final String SUFFIX = ".lock";

    private final Path folder;
    private final String id = UUID.randomUUID().toString();
    private final FileChannel channel;
    private final FileLock lock;

    SessionLock(Path folder) throws IOException {
        this.folder = folder;
        this.channel = FileChannel.open(lockFile(id), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = channel.lock();
        forgetEndedSessions();
    }

    /** This session's id. */
    String id() {
        return id;
    }

    /** Whether the session with this id is still running (this one always is). */
    boolean isRunning(String session) {
        if (id.equals(session)) {
            return true;
        }
        if (!isSessionId(session)) {
            return false;
        }
        Path file = lockFile(session);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = other.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException e) {
            // Cannot tell: leaving its files alone is the safe answer.
            return true;
        }
    }

    /** Whether the text has the shape of a session id (so it can name no file outside the folder). */
    static boolean isSessionId(String text) {
        return text != null && text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** Removes the lock files of sessions that ended without removing theirs (crashes). */
    private void forgetEndedSessions() throws IOException {
        List<String> sessions;
        try (Stream<Path> files = Files.list(folder)) {
            sessions = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length())).toList();
        }
        for (String session : sessions) {
            if (isSessionId(session) && !isRunning(session)) {
                Files.deleteIfExists(lockFile(session));
            }
        }
    }

    /** Releases this session's lock and removes its file: the session ended properly. Closing twice is harmless. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        lock.release();
        channel.close();
        Files.deleteIfExists(lockFile(id));
    }

    private Path lockFile(String session) {
        return folder.resolve(session + SUFFIX);
    }
}
