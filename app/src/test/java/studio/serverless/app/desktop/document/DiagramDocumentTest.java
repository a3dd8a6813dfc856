package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramFormatException;

class DiagramDocumentTest {

    @TempDir
    Path folder;

    @Test
    void aNewDocumentIsUntitledAndClean() {
        DiagramDocument document = DiagramDocument.untitled();

        assertEquals("Untitled — Serverless Studio", document.titleProperty().get());
        assertFalse(document.hasFile());
        assertFalse(document.discardNeedsConfirmation());
    }

    @Test
    void anEditMarksTheTitleUnsavedAndUndoingItClearsTheMarker() {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");

        assertEquals("*Untitled — Serverless Studio", document.titleProperty().get());
        assertTrue(document.dirtyProperty().get());
        assertTrue(document.discardNeedsConfirmation());

        document.commandStack().undo();
        assertEquals("Untitled — Serverless Studio", document.titleProperty().get());
        assertFalse(document.discardNeedsConfirmation());
    }

    @Test
    void saveAsWritesTheFileAddsTheExtensionAndNamesTheWindowAfterIt() throws Exception {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");

        document.saveAs(folder.resolve("orders"));

        Path written = folder.resolve("orders.studio.json");
        assertEquals(Optional.of(written), document.file());
        assertEquals("orders.studio.json — Serverless Studio", document.titleProperty().get());
        assertFalse(document.isDirty());
        assertEquals("orders", DiagramFiles.load(written).services().get(0).name());
    }

    @Test
    void saveWritesToTheDocumentsOwnFile() throws Exception {
        Path file = folder.resolve("shop.studio.json");
        DiagramFiles.save(new Diagram(), file);
        DiagramDocument document = Edits.addFunction(DiagramDocument.open(file), "checkout");

        document.save();

        assertFalse(document.isDirty());
        assertEquals(1, DiagramFiles.load(file).services().size());
    }

    @Test
    void saveOnAnUntitledDocumentIsRefusedSoTheWindowAsksForAName() {
        DiagramDocument document = DiagramDocument.untitled();

        assertThrows(IllegalStateException.class, document::save);
    }

    @Test
    void aFailedSaveKeepsTheDocumentDirtyAndItsName() throws IOException {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");
        Path aFolder = Files.createDirectory(folder.resolve("taken.studio.json"));

        assertThrows(IOException.class, () -> document.saveAs(aFolder));

        assertTrue(document.isDirty());
        assertEquals("*Untitled — Serverless Studio", document.titleProperty().get());
    }

    @Test
    void openingABrokenFileFailsWithAMessageNamingIt() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.studio.json"), "{ not json");

        DiagramFormatException error = assertThrows(DiagramFormatException.class,
                () -> DiagramDocument.open(broken));

        assertTrue(error.getMessage().contains("broken.studio.json"), error.getMessage());
    }

    @Test
    void aRecoveredDocumentIsDirtyUnderItsOriginalNameUntilSaved() throws Exception {
        Path original = folder.resolve("orders.studio.json");
        DiagramDocument document = DiagramDocument.recovered(new Diagram(), Optional.of(original), "key-1");

        assertEquals("*orders.studio.json — Serverless Studio", document.titleProperty().get());
        assertTrue(document.discardNeedsConfirmation());
        assertEquals("key-1", document.recoveryKey());

        document.save();
        assertFalse(document.isDirty());
        assertTrue(Files.exists(original));
    }

    @Test
    void anExampleOpensUntitledAndClean() {
        DiagramDocument document = DiagramDocument.fromExample(new Diagram());

        assertFalse(document.hasFile());
        assertFalse(document.isDirty());
    }
}
