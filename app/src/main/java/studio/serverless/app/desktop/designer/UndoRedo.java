package studio.serverless.app.desktop.designer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.model.command.CommandStack;

/**
 * Undo and Redo for the document the designer shows: the menu texts ({@code Undo Move 3 services}), whether each
 * can run, and the actions themselves, on the command stack it follows (the shown document's).
 */
public final class UndoRedo {

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private CommandStack stack;

    /** Follows {@code followed} and takes the texts from it as it is now; called after every change of it. */
    void follow(CommandStack followed) {
        stack = followed;
        undoText.set(followed.undoName().map(name -> "Undo " + name).orElse("Undo"));
        redoText.set(followed.redoName().map(name -> "Redo " + name).orElse("Redo"));
        canUndo.set(followed.canUndo());
        canRedo.set(followed.canRedo());
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        stack.undo();
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        stack.redo();
    }

    /** The Undo menu text, e.g. {@code Undo Add Lambda function}, or {@code Undo} when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** The Redo menu text, e.g. {@code Redo Set Memory (MB)}, or {@code Redo}. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Whether there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
