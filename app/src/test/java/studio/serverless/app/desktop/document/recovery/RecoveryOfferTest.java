package studio.serverless.app.desktop.document.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.Edits;
import studio.serverless.model.diagram.Diagram;

class RecoveryOfferTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    private final List<String> problems = new ArrayList<>();
    private final List<RecoveryCandidate> asked = new ArrayList<>();

    @Test
    void afterACrashTheUnsavedWorkIsOfferedAndOpensDirtyUnderItsOriginalName() throws Exception {
        Path original = designs.resolve("orders.studio.json");
        DiagramDocument lost = crashWithUnsavedWork(original, "checkout");

        try (RecoveryStore store = RecoveryStore.open(settings)) {
            DiagramDocument recovered = offer(store, RecoveryChoice.RECOVER).orElseThrow();

            assertEquals(Optional.of(original), asked.get(0).originalFile());
            assertEquals("*orders.studio.json — Serverless Studio", recovered.titleProperty().get());
            assertEquals("checkout", recovered.diagram().services().get(0).name());
            assertEquals(lost.recoveryKey(), recovered.recoveryKey());
            assertTrue(recovered.isDirty());
        }
    }

    @Test
    void recoveredUntitledWorkStaysUntitled() throws Exception {
        crashWithUnsavedWork(null, "draft");

        try (RecoveryStore store = RecoveryStore.open(settings)) {
            DiagramDocument recovered = offer(store, RecoveryChoice.RECOVER).orElseThrow();

            assertFalse(recovered.hasFile());
            assertEquals("*Untitled — Serverless Studio", recovered.titleProperty().get());
        }
    }

    @Test
    void discardDeletesTheRecoveryFileSoItIsNotOfferedAgain() throws Exception {
        crashWithUnsavedWork(null, "draft");

        try (RecoveryStore store = RecoveryStore.open(settings)) {
            assertEquals(Optional.empty(), offer(store, RecoveryChoice.DISCARD));
            assertEquals(List.of(), store.orphans());
        }
    }

    @Test
    void theWorkOfAnotherRunningInstanceIsNotOffered() throws Exception {
        try (RecoveryStore running = RecoveryStore.open(settings);
             RecoveryStore starting = RecoveryStore.open(settings)) {
            running.write(Edits.addFunction(DiagramDocument.untitled(), "live"));

            assertEquals(Optional.empty(), offer(starting, RecoveryChoice.RECOVER));
            assertEquals(List.of(), asked);
        }
    }

    @Test
    void aCorruptRecoveryFileIsReportedAndKeptAsideNotDeleted() throws Exception {
        DiagramDocument lost = crashWithUnsavedWork(null, "draft");
        Path recoveryFolder = settings.resolve(RecoveryStore.FOLDER_NAME);
        Files.writeString(recoveryFolder.resolve(lost.recoveryKey() + ".studio.json"), "{ half a diagr");

        try (RecoveryStore store = RecoveryStore.open(settings)) {
            assertEquals(Optional.empty(), offer(store, RecoveryChoice.RECOVER));

            Path keptAside = recoveryFolder.resolve("corrupt").resolve(lost.recoveryKey() + ".studio.json");
            assertEquals("{ half a diagr", Files.readString(keptAside));
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains(keptAside.toString()), problems.get(0));
            assertEquals(List.of(), store.orphans());
        }
    }

    @Test
    void theNewestWorkIsOfferedFirstAndTheOthersWaitForTheNextStart() throws Exception {
        crashWithUnsavedWork(null, "older", Instant.parse("2026-01-01T10:00:00Z"));
        crashWithUnsavedWork(null, "newer", Instant.parse("2026-01-02T10:00:00Z"));

        try (RecoveryStore store = RecoveryStore.open(settings)) {
            DiagramDocument recovered = offer(store, RecoveryChoice.RECOVER).orElseThrow();

            assertEquals("newer", recovered.diagram().services().get(0).name());
            assertEquals(1, store.orphans().size());
        }
    }

    @Test
    void aRecoveredDocumentsFileIsNotOfferedToAnotherInstanceStartedMeanwhile() throws Exception {
        crashWithUnsavedWork(null, "draft");

        try (RecoveryStore first = RecoveryStore.open(settings);
             RecoveryStore second = RecoveryStore.open(settings)) {
            offer(first, RecoveryChoice.RECOVER).orElseThrow();

            assertEquals(List.of(), second.orphans());
        }
    }

    private DiagramDocument crashWithUnsavedWork(Path original, String name) throws IOException {
        return crashWithUnsavedWork(original, name, Instant.parse("2026-11-29T02:00:00Z"));
    }

    /** A session autosaves a dirty document and ends without closing it, as a crash would. */
    private DiagramDocument crashWithUnsavedWork(Path original, String name, Instant when) throws IOException {
        DiagramDocument document = original == null ? DiagramDocument.untitled()
                : DiagramDocument.recovered(new Diagram(), Optional.of(original),
                        UUID.randomUUID().toString());
        Edits.addFunction(document, name);
        RecoveryStore crashed = RecoveryStore.open(settings, Clock.fixed(when, ZoneOffset.UTC));
        crashed.write(document);
        // The process dies: the operating system drops its lock (here: released by closing the store).
        crashed.close();
        return document;
    }

    private Optional<DiagramDocument> offer(RecoveryStore store, RecoveryChoice answer) {
        return new RecoveryOffer(store, candidate -> {
            asked.add(candidate);
            return answer;
        }, problems::add).offer();
    }
}
