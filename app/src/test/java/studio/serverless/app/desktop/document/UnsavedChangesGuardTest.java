package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnsavedChangesGuardTest {

    private final List<String> asked = new ArrayList<>();
    private final List<DiagramDocument> saved = new ArrayList<>();

    @Test
    void aCleanDocumentMayGoWithoutAsking() {
        assertTrue(guard(DiscardChoice.CANCEL, true).mayDiscard(DiagramDocument.untitled()));
        assertEquals(List.of(), asked);
    }

    @Test
    void dontSaveLetsUnsavedWorkGoWithoutSaving() {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");

        assertTrue(guard(DiscardChoice.DONT_SAVE, true).mayDiscard(document));
        assertEquals(List.of("Untitled"), asked);
        assertEquals(List.of(), saved);
    }

    @Test
    void cancelKeepsTheDocument() {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");

        assertFalse(guard(DiscardChoice.CANCEL, true).mayDiscard(document));
        assertEquals(List.of(), saved);
    }

    @Test
    void saveSavesFirstAndGoesOnOnlyWhenTheSaveWorked() {
        DiagramDocument document = Edits.addFunction(DiagramDocument.untitled(), "orders");

        assertTrue(guard(DiscardChoice.SAVE, true).mayDiscard(document));
        assertEquals(List.of(document), saved);
        assertFalse(guard(DiscardChoice.SAVE, false).mayDiscard(document));
    }

    private UnsavedChangesGuard guard(DiscardChoice answer, boolean saveWorks) {
        return new UnsavedChangesGuard(name -> {
            asked.add(name);
            return answer;
        }, document -> {
            saved.add(document);
            return saveWorks;
        });
    }
}
