package studio.serverless.app.desktop.document.recovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLockTest {

    @TempDir
    Path folder;

    @Test
    void aSessionThatCrashedLeavesAnUnlockedFileWhichCountsAsEndedAndIsCleanedUp() throws IOException {
        String crashed = UUID.randomUUID().toString();
        Files.createFile(folder.resolve(crashed + ".lock"));

        try (SessionLock session = new SessionLock(folder)) {
            assertFalse(session.isRunning(crashed));
            assertFalse(Files.exists(folder.resolve(crashed + ".lock")));
        }
    }

    @Test
    void aSessionIsRunningUntilItCloses() throws IOException {
        try (SessionLock observer = new SessionLock(folder)) {
            SessionLock other = new SessionLock(folder);
            assertTrue(observer.isRunning(other.id()));

            other.close();

            assertFalse(observer.isRunning(other.id()));
        }
    }

    @Test
    void aSessionIdThatCouldNameAnotherFileIsNeverRunning() throws IOException {
        try (SessionLock session = new SessionLock(folder)) {
            assertFalse(session.isRunning("../../etc/passwd"));
        }
    }
}
