package studio.serverless.app.desktop.designer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.model.command.CommandStack;

/** The Undo and Redo menu texts and whether each can run, as a command stack says after each change. */
final class UndoLabels {

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Takes the texts from the stack as it is now. */
    void follow(CommandStack stack) {
        undoText.set(stack.undoName().map(name -> "Undo " + name).orElse("Undo"));
        redoText.set(stack.redoName().map(name -> "Redo " + name).orElse("Redo"));
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
    }

    ReadOnlyStringProperty undoText() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoText() {
        return redoText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }
}
