package studio.serverless.app.desktop.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.Edits;
import studio.serverless.app.desktop.document.recovery.AutosaveSlot;
import studio.serverless.app.desktop.document.recovery.Autosaver;
import studio.serverless.app.desktop.document.recovery.RecoveryChoice;
import studio.serverless.app.desktop.document.recovery.RecoveryStore;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Validator;

/** The view model keeps a recovery copy of the shown document's unsaved work and recovers a crash's copy. */
class DesignerViewModelAutosaveTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    private final List<Runnable> ticks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private RecoveryStore store;
    private DesignerViewModel model;

    @BeforeEach
    void createModel() throws IOException {
        store = RecoveryStore.open(settings);
        AutosaveSlot autosave = new AutosaveSlot(Optional.of(store), (interval, tick) -> {
            ticks.add(tick);
            return () -> ticks.remove(tick);
        }, Autosaver.DEFAULT_INTERVAL, problems::add);
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard(), autosave);
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Test
    void anEditedDiagramIsCopiedToItsRecoveryFileOnTheNextTick() throws Exception {
        Edits.addFunction(model.document(), "draft");

        tick();

        assertEquals("draft", DiagramFiles.load(recoveryFile(model.document())).services().get(0).name());
        assertEquals(List.of(), problems);
    }

    @Test
    void savingRemovesTheRecoveryFileAndNeverWritesOverTheUsersFile() throws Exception {
        Path mine = designs.resolve("mine.studio.json");
        DiagramFiles.save(new Diagram(), mine);
        model.open(mine);
        Edits.addFunction(model.document(), "draft");
        tick();
        assertTrue(DiagramFiles.load(mine).services().isEmpty());

        assertEquals(Optional.empty(), model.saveTo(mine));

        assertFalse(Files.exists(recoveryFile(model.document())));
        assertEquals(1, DiagramFiles.load(mine).services().size());
    }

    @Test
    void replacingTheDocumentRemovesItsCopyAndAutosavesOnlyTheNewOne() {
        DiagramDocument draft = Edits.addFunction(model.document(), "draft");
        tick();

        model.newDiagram();

        assertFalse(Files.exists(recoveryFile(draft)));
        assertEquals(1, ticks.size());
    }

    @Test
    void closingCleanlyStopsAutosaveAndLeavesNothingToRecover() throws IOException {
        Edits.addFunction(model.document(), "draft");
        tick();

        model.close();

        assertEquals(List.of(), ticks);
        try (RecoveryStore next = RecoveryStore.open(settings)) {
            assertEquals(List.of(), next.orphans());
        }
    }

    @Test
    void workACrashLeftIsRecoveredUnsavedUnderItsOriginalName() throws IOException {
        Path original = designs.resolve("orders.studio.json");
        try (RecoveryStore crashed = RecoveryStore.open(settings)) {
            crashed.write(Edits.addFunction(DiagramDocument.opened(original, new Diagram()), "lost"));
        }

        assertTrue(model.recoverCrashedWork(candidate -> RecoveryChoice.RECOVER, problems::add));

        assertEquals("lost", model.document().diagram().services().get(0).name());
        assertEquals("*orders.studio.json — Serverless Studio", model.titleProperty().get());
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void discardingACrashsWorkDeletesItAndKeepsTheNewDiagram() throws IOException {
        try (RecoveryStore crashed = RecoveryStore.open(settings)) {
            crashed.write(Edits.addFunction(DiagramDocument.untitled(), "lost"));
        }

        assertFalse(model.recoverCrashedWork(candidate -> RecoveryChoice.DISCARD, problems::add));

        assertTrue(model.document().diagram().services().isEmpty());
        assertEquals(List.of(), store.orphans());
    }

    private void tick() {
        List.copyOf(ticks).forEach(Runnable::run);
    }

    private Path recoveryFile(DiagramDocument document) {
        return settings.resolve(RecoveryStore.FOLDER_NAME).resolve(document.recoveryKey() + DiagramFiles.EXTENSION);
    }
}
