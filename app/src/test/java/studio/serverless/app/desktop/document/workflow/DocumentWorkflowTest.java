package studio.serverless.app.desktop.document.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.DiscardChoice;
import studio.serverless.app.desktop.document.Edits;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.recovery.Autosaver;
import studio.serverless.app.desktop.document.recovery.RecoveryChoice;
import studio.serverless.app.desktop.document.recovery.RecoveryStore;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;

class DocumentWorkflowTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    private final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();
    private final Deque<DiscardChoice> discardAnswers = new ArrayDeque<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Runnable> ticks = new ArrayList<>();
    private RecoveryStore store;
    private RecentFiles recent;
    private DocumentWorkflow workflow;

    @BeforeEach
    void createWorkflow() throws IOException {
        store = RecoveryStore.open(settings);
        recent = new RecentFiles(settings);
        AutosaveSlot autosave = new AutosaveSlot(Optional.of(store), (interval, tick) -> {
            ticks.add(tick);
            return () -> ticks.remove(tick);
        }, Autosaver.DEFAULT_INTERVAL, problems::add);
        workflow = new DocumentWorkflow(new AnsweringDialogs(), name -> discardAnswers.remove(), recent, autosave);
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Test
    void withNothingToRecoverAndNoFileTheWindowStartsUntitled() {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());

        assertEquals("Untitled — Serverless Studio", workflow.document().titleProperty().get());
    }

    @Test
    void theFileNamedOnTheCommandLineOpensAndBecomesRecent() throws IOException {
        Path orders = diagramFile("orders");

        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.of(orders));

        assertEquals(Optional.of(orders), workflow.document().file());
        assertEquals(List.of(orders), recent.list());
    }

    @Test
    void workACrashLeftIsOfferedAtStartAndShownDirty() throws IOException {
        try (RecoveryStore crashed = RecoveryStore.open(settings)) {
            crashed.write(Edits.addFunction(DiagramDocument.untitled(), "lost"));
        }

        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());

        assertEquals("lost", workflow.document().diagram().services().get(0).name());
        assertTrue(workflow.document().isDirty());
    }

    @Test
    void newAsksAboutUnsavedWorkAndCancelKeepsTheDocument() {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        DiagramDocument edited = Edits.addFunction(workflow.document(), "orders");
        discardAnswers.add(DiscardChoice.CANCEL);

        assertFalse(workflow.newDocument());

        assertSame(edited, workflow.document());
    }

    @Test
    void choosingSaveInTheQuestionSavesUnderANewNameThenOpensTheNextFile() throws Exception {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        Edits.addFunction(workflow.document(), "draft");
        Path next = diagramFile("next");
        discardAnswers.add(DiscardChoice.SAVE);
        fileAnswers.add(Optional.of(designs.resolve("draft")));
        fileAnswers.add(Optional.of(next));

        assertTrue(workflow.open());

        assertEquals("draft", DiagramFiles.load(designs.resolve("draft.studio.json")).services().get(0).name());
        assertEquals(Optional.of(next), workflow.document().file());
        assertEquals(List.of(next, designs.resolve("draft.studio.json")), recent.list());
    }

    @Test
    void cancellingTheSaveDialogInTheQuestionKeepsTheDocument() {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        DiagramDocument edited = Edits.addFunction(workflow.document(), "draft");
        discardAnswers.add(DiscardChoice.SAVE);
        fileAnswers.add(Optional.empty());

        assertFalse(workflow.newDocument());

        assertSame(edited, workflow.document());
    }

    @Test
    void anUnreadableFileIsReportedAndTheDocumentStays() throws IOException {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        DiagramDocument shown = workflow.document();
        Path broken = Files.writeString(designs.resolve("broken.studio.json"), "{");

        assertFalse(workflow.open(broken));

        assertSame(shown, workflow.document());
        assertTrue(problems.get(0).contains("broken.studio.json"), problems.toString());
    }

    @Test
    void theShownDocumentIsAutosavedAndReplacingItRemovesItsRecoveryFile() {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        DiagramDocument draft = Edits.addFunction(workflow.document(), "draft");
        ticks.forEach(Runnable::run);
        Path recoveryFile = settings.resolve("recovery").resolve(draft.recoveryKey() + ".studio.json");
        assertTrue(Files.exists(recoveryFile));
        discardAnswers.add(DiscardChoice.DONT_SAVE);

        assertTrue(workflow.newFromExample(() -> Optional.of(DiagramDocument.fromExample(new Diagram()))));

        assertFalse(Files.exists(recoveryFile));
        assertEquals(1, ticks.size());
    }

    @Test
    void closingCleanlyStopsAutosaveAndLeavesNothingToRecover() throws IOException {
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
        Edits.addFunction(workflow.document(), "draft");
        ticks.forEach(Runnable::run);
        discardAnswers.add(DiscardChoice.DONT_SAVE);

        assertTrue(workflow.close());

        assertEquals(List.of(), ticks);
        try (RecoveryStore next = RecoveryStore.open(settings)) {
            assertEquals(List.of(), next.orphans());
        }
    }

    private Path diagramFile(String name) throws IOException {
        Path file = designs.resolve(name + ".studio.json");
        DiagramFiles.save(new Diagram(), file);
        return file;
    }

    /** Answers file dialogs from the queue and collects problems. */
    private final class AnsweringDialogs implements FileDialogs {

        @Override
        public Optional<Path> chooseFileToOpen() {
            return fileAnswers.remove();
        }

        @Override
        public Optional<Path> chooseFileToSave(String suggestedName) {
            return fileAnswers.remove();
        }

        @Override
        public void showProblem(String message) {
            problems.add(message);
        }
    }
}
