package studio.serverless.app.desktop.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.AddServiceCommand;
import studio.serverless.model.command.RenameCommand;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Severity;

class DesignerViewModelTest {

    private final FakeLoader loader = new FakeLoader()
            .diagram("orders.studio.json", FakeDiagrams.withServices("orders", "warning"))
            .failure("broken.studio.json", "broken.studio.json: line 3, column 5: expected a field name");
    private final DesignerViewModel model = new DesignerViewModel(loader, FakeDiagrams.validator());

    @Test
    void aNewDiagramIsUntitledCleanAndHasNothingToUndo() {
        assertEquals("Untitled — Serverless Studio", model.titleProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertEquals("Undo", model.undoRedo().undoTextProperty().get());
        assertFalse(model.undoRedo().canUndoProperty().get());
    }

    @Test
    void anEditMarksTheTitleUnsavedAndNamesTheUndoStep() {
        model.document().commandStack().execute(new AddServiceCommand(lambda("function")));

        assertEquals("*Untitled — Serverless Studio", model.titleProperty().get());
        assertEquals("Undo Add Lambda function", model.undoRedo().undoTextProperty().get());
        assertTrue(model.undoRedo().canUndoProperty().get());
    }

    @Test
    void undoOffersTheStepAsRedoAndReturnsToClean() {
        model.document().commandStack().execute(new AddServiceCommand(lambda("function")));

        model.undoRedo().undo();

        assertEquals("Redo Add Lambda function", model.undoRedo().redoTextProperty().get());
        assertEquals("Undo", model.undoRedo().undoTextProperty().get());
        assertEquals("Untitled — Serverless Studio", model.titleProperty().get());
        model.undoRedo().redo();
        assertEquals(1, model.document().diagram().services().size());
    }

    @Test
    void validationFollowsEveryEdit() {
        model.document().commandStack().execute(new AddServiceCommand(lambda("function")));
        assertTrue(model.diagnosticsProperty().get().isEmpty());

        model.document().commandStack().execute(new RenameCommand(new ServiceId("lambda-1"), "error"));

        assertEquals(Severity.ERROR, model.diagnosticsProperty().get().get(0).severity());
    }

    @Test
    void openingAFileShowsItsNameAndDiagnostics() {
        assertEquals(Optional.empty(), model.open(Path.of("/d/orders.studio.json")));

        assertEquals("orders.studio.json — Serverless Studio", model.titleProperty().get());
        assertEquals(2, model.document().diagram().services().size());
        assertEquals(1, model.diagnosticsProperty().get().size());
    }

    @Test
    void aFileThatCannotBeReadKeepsTheOpenDiagramAndReturnsTheLoadersMessage() {
        DiagramDocument before = model.document();

        Optional<String> problem = model.open(Path.of("/d/broken.studio.json"));

        assertEquals(Optional.of("broken.studio.json: line 3, column 5: expected a field name"), problem);
        assertSame(before, model.document());
    }

    @Test
    void savingWritesTheFileMarksItCleanAndNamesTheTitle(@TempDir Path folder) throws Exception {
        model.document().commandStack().execute(new AddServiceCommand(lambda("function")));
        Path file = folder.resolve("mine" + DiagramFiles.EXTENSION);

        assertEquals(Optional.empty(), model.saveTo(file));

        assertEquals("mine.studio.json — Serverless Studio", model.titleProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertEquals(Optional.of(file), model.document().file());
        assertEquals("function", DiagramFiles.load(file).services().get(0).name());
    }

    @Test
    void aSaveThatFailsSaysWhereAndKeepsTheDiagramUnsaved(@TempDir Path folder) throws IOException {
        model.document().commandStack().execute(new AddServiceCommand(lambda("function")));
        Path aFolder = Files.createDirectory(folder.resolve("taken.studio.json"));

        Optional<String> problem = model.saveTo(aFolder);

        assertTrue(problem.orElseThrow().startsWith("Could not save " + aFolder), problem.get());
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void newReplacesTheDocumentWithAnEmptyOne() {
        model.open(Path.of("/d/orders.studio.json"));
        DiagramDocument opened = model.document();

        model.newDiagram();

        assertNotSame(opened, model.document());
        assertTrue(model.document().diagram().services().isEmpty());
        assertEquals("Untitled.studio.json", model.document().suggestedFileName());
    }

    private static Service lambda(String name) {
        return Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, name, Point.ORIGIN);
    }
}
