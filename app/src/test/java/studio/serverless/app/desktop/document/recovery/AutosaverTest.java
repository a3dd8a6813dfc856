package studio.serverless.app.desktop.document.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.testing.ManualTimer;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.Edits;
import studio.serverless.model.format.DiagramFiles;

class AutosaverTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    private RecoveryStore store;
    private final ManualTimer timer = new ManualTimer();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void openStore() throws IOException {
        store = RecoveryStore.open(settings);
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Test
    void aDirtyDocumentIsCopiedToItsRecoveryFileAtTheNextTick() throws Exception {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);
        Edits.addFunction(document, "orders");
        assertFalse(Files.exists(recoveryFile(document)));

        timer.tick();

        assertEquals("orders", DiagramFiles.load(recoveryFile(document)).services().get(0).name());
        assertEquals(Autosaver.DEFAULT_INTERVAL, timer.interval());
    }

    @Test
    void aCleanDocumentIsNeverCopied() {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);

        timer.tick();

        assertFalse(Files.exists(recoveryFile(document)));
    }

    @Test
    void anUnchangedDocumentIsNotRewrittenEveryTick() throws IOException {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);
        Edits.addFunction(document, "orders");
        timer.tick();
        FileTime marked = FileTime.fromMillis(0);
        Files.setLastModifiedTime(recoveryFile(document), marked);

        timer.tick();
        assertEquals(marked, Files.getLastModifiedTime(recoveryFile(document)));

        Edits.addFunction(document, "billing");
        timer.tick();
        assertFalse(marked.equals(Files.getLastModifiedTime(recoveryFile(document))));
    }

    @Test
    void savingTheDocumentRemovesItsRecoveryFile() throws IOException {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);
        Edits.addFunction(document, "orders");
        timer.tick();

        document.saveAs(designs.resolve("orders.studio.json"));

        assertFalse(Files.exists(recoveryFile(document)));
    }

    @Test
    void undoingBackToTheSavePointRemovesTheRecoveryFile() {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);
        Edits.addFunction(document, "orders");
        timer.tick();

        document.commandStack().undo();

        assertFalse(Files.exists(recoveryFile(document)));
    }

    @Test
    void closingStopsTheTimerAndRemovesTheRecoveryFile() {
        DiagramDocument document = DiagramDocument.untitled();
        Autosaver autosaver = autosaver(document);
        Edits.addFunction(document, "orders");
        timer.tick();

        autosaver.close();

        assertFalse(timer.running());
        assertFalse(Files.exists(recoveryFile(document)));
    }

    @Test
    void aFailingWriteIsReportedOnceAndLeavesTheDocumentAlone() throws IOException {
        DiagramDocument document = DiagramDocument.untitled();
        autosaver(document);
        Edits.addFunction(document, "orders");
        Files.createDirectory(recoveryFile(document));

        timer.tick();
        Edits.addFunction(document, "billing");
        timer.tick();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Autosave failed"), problems.get(0));
        assertTrue(document.isDirty());
    }

    private Autosaver autosaver(DiagramDocument document) {
        return new Autosaver(document, store, timer, Autosaver.DEFAULT_INTERVAL, problems::add);
    }

    private Path recoveryFile(DiagramDocument document) {
        return settings.resolve(RecoveryStore.FOLDER_NAME).resolve(document.recoveryKey() + ".studio.json");
    }
}
