package studio.serverless.app.desktop.designer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.CommandStackListener;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * The designer's document logic without a stage: which diagram is open, New, Open and Save, the Undo/Redo labels,
 * the window title with its unsaved marker, and the validation result, refreshed after every change of the
 * command stack.
 */
public final class DesignerViewModel {

    /** The application's name, the end of every window title. */
    public static final String APP_NAME = "Serverless Studio";

    private final DiagramLoader loader;
    private final Validator validator;
    private final ReadOnlyObjectWrapper<DiagramSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final CommandStackListener stackListener = stack -> refresh();

    /** A designer reading files with the loader and checking diagrams with the validator; starts with a new one. */
    public DesignerViewModel(DiagramLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
        newDiagram();
    }

    /** Replaces the open diagram by a new, empty one. */
    public void newDiagram() {
        show(new DiagramSession(new Diagram(), null));
    }

    /** Shows a copy of a diagram (an example) as a new, untitled and clean diagram. */
    public void showUntitled(Diagram diagram) {
        show(new DiagramSession(diagram, null));
    }

    /** Opens a diagram file; when it cannot be read, keeps the open diagram and returns the loader's message. */
    public Optional<String> open(Path file) {
        try {
            show(new DiagramSession(loader.load(file), file));
            return Optional.empty();
        } catch (DiagramFormatException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Saves the diagram atomically to a file, which becomes the diagram's file, and marks the save point.
     *
     * @return why it could not be saved, or empty when it was
     */
    public Optional<String> saveTo(Path file) {
        try {
            DiagramFiles.save(session().diagram(), file);
        } catch (IOException e) {
            return Optional.of("Could not save " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        session().savedAs(file);
        session().commandStack().markSaved();
        return Optional.empty();
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        session().commandStack().undo();
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        session().commandStack().redo();
    }

    /** The open diagram; replaced (not changed) by New and Open. */
    public ReadOnlyObjectProperty<DiagramSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The open diagram. */
    public DiagramSession session() {
        return session.get();
    }

    /** The diagnostics of the open diagram as it is now, errors first. */
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    /** The window title, e.g. {@code • orders.studio.json — Serverless Studio} (the dot: unsaved changes). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The Undo menu text, e.g. {@code Undo Add Lambda function}, or {@code Undo} when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** The Redo menu text, e.g. {@code Redo Set memorySize}, or {@code Redo}. */
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

    /** Whether the diagram has changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void show(DiagramSession next) {
        if (session.get() != null) {
            session.get().commandStack().removeListener(stackListener);
        }
        next.commandStack().addListener(stackListener);
        session.set(next);
        refresh();
    }

    private void refresh() {
        CommandStack stack = session().commandStack();
        undoText.set(stack.undoName().map(name -> "Undo " + name).orElse("Undo"));
        redoText.set(stack.redoName().map(name -> "Redo " + name).orElse("Redo"));
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(stack.isDirty());
        title.set((stack.isDirty() ? "• " : "") + session().displayName() + " — " + APP_NAME);
        // last: the window refreshes its panels when the diagnostics change, and reads the state set above
        diagnostics.set(validator.validate(stack.diagram()));
    }
}
