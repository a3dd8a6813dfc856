package studio.serverless.model.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.command.CommandTestDiagrams.FUNCTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import studio.serverless.model.diagram.Diagram;

class CommandStackTest {

    private final Diagram diagram = CommandTestDiagrams.queueFunctionTable();
    private final CommandStack stack = new CommandStack(diagram);

    @Test
    void aNewStackIsCleanWithNothingToUndo() {
        assertFalse(stack.isDirty());
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.undoName());
    }

    @Test
    void anEditMakesTheDiagramDirtyAndUndoingItMakesItCleanAgain() {
        stack.execute(new RenameCommand(FUNCTION, "a"));
        assertTrue(stack.isDirty());

        stack.undo();

        assertFalse(stack.isDirty());
    }

    @Test
    void savingMakesTheCurrentStateCleanAndUndoPastItDirty() {
        stack.execute(new RenameCommand(FUNCTION, "a"));
        stack.markSaved();
        assertFalse(stack.isDirty());

        stack.undo();
        assertTrue(stack.isDirty());

        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void anEditAfterUndoingPastTheSavePointCanNeverReturnToIt() {
        stack.execute(new RenameCommand(FUNCTION, "a"));
        stack.markSaved();
        stack.undo();
        stack.execute(new RenameCommand(FUNCTION, "b"));

        stack.undo();

        assertEquals("worker", diagram.require(FUNCTION).name());
        assertTrue(stack.isDirty(), "the saved state 'a' is gone, so 'worker' is unsaved");
    }

    @Test
    void undoAndRedoNameTheEdit() {
        stack.execute(new RenameCommand(FUNCTION, "a"));
        assertEquals("Rename to a", stack.undoName().orElseThrow());

        stack.undo();

        assertEquals("Rename to a", stack.redoName().orElseThrow());
        assertFalse(stack.canUndo());
    }

    @Test
    void aNewEditForgetsTheRedoSteps() {
        stack.execute(new RenameCommand(FUNCTION, "a"));
        stack.undo();

        stack.execute(new RenameCommand(FUNCTION, "b"));

        assertFalse(stack.canRedo());
    }

    @Test
    void theUndoLimitKeepsOnlyTheNewestSteps() {
        stack.setUndoLimit(3);
        for (int i = 1; i <= 5; i++) {
            stack.execute(new RenameCommand(FUNCTION, "name-" + i));
        }

        int undone = 0;
        while (stack.canUndo()) {
            stack.undo();
            undone++;
        }

        assertEquals(3, undone);
        assertEquals("name-2", diagram.require(FUNCTION).name());
        assertTrue(stack.isDirty());
    }

    @Test
    void aCommandMayNotRunAnotherCommandThroughTheStack() {
        Command nested = new Command() {
            @Override
            public String name() {
                return "Nested";
            }

            @Override
            public void execute(Diagram target) {
                stack.execute(new RenameCommand(FUNCTION, "inner"));
            }

            @Override
            public void undo(Diagram target) {
            }
        };

        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
        assertEquals("worker", diagram.require(FUNCTION).name());
        assertFalse(stack.canUndo());
    }

    @Test
    void listenersHearEveryChangeOfTheHistory() {
        List<Boolean> dirtyStates = new ArrayList<>();
        stack.addListener(changed -> dirtyStates.add(changed.isDirty()));

        stack.execute(new RenameCommand(FUNCTION, "a"));
        stack.undo();
        stack.redo();
        stack.markSaved();

        assertEquals(List.of(true, false, true, false), dirtyStates);
    }

    @Test
    void flushForgetsTheHistoryAndMakesTheDiagramClean() {
        stack.execute(new RenameCommand(FUNCTION, "a"));

        stack.flush();

        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }
}
