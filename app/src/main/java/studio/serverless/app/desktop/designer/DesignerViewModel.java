package studio.serverless.app.desktop.designer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.recovery.AutosaveSlot;
import studio.serverless.app.desktop.document.recovery.RecoveryOffer;
import studio.serverless.app.desktop.document.recovery.RecoveryPrompt;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.command.CommandStackListener;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Validator;

/**
 * The designer's document logic without a stage: the one open {@link DiagramDocument} (file, unsaved state from
 * the command stack's save point, title), New, Open, Save and recovering a crashed session's work,
 * {@link UndoRedo} and the validation result, refreshed after every change of the command stack. Each document
 * shown is autosaved through the {@link AutosaveSlot} while it has unsaved work (docs/decisions/0016).
 */
public final class DesignerViewModel {

    private final DiagramLoader loader;
    private final Validator validator;
    private final AutosaveSlot autosave;
    private final ReadOnlyObjectWrapper<DiagramDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Diagnostic>> diagnostics = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final UndoRedo undoRedo = new UndoRedo();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final CommandStackListener stackListener = stack -> refresh();

    /** A designer without autosave, reading files with the loader and checking diagrams with the validator. */
    public DesignerViewModel(DiagramLoader loader, Validator validator) {
        this(loader, validator, AutosaveSlot.none());
    }

    /** A designer autosaving each document it shows through {@code autosave}; starts with a new diagram. */
    public DesignerViewModel(DiagramLoader loader, Validator validator, AutosaveSlot autosave) {
        this.loader = loader;
        this.validator = validator;
        this.autosave = autosave;
        newDiagram();
    }

    /** Replaces the open diagram by a new, empty one. */
    public void newDiagram() {
        show(DiagramDocument.untitled());
    }

    /** Shows a copy of a diagram (an example) as a new, untitled and clean diagram. */
    public void showUntitled(Diagram diagram) {
        show(DiagramDocument.fromExample(diagram));
    }

    /** Opens a diagram file; when it cannot be read, keeps the open diagram and returns the loader's message. */
    public Optional<String> open(Path file) {
        try {
            show(DiagramDocument.opened(file, loader.load(file)));
            return Optional.empty();
        } catch (DiagramFormatException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Offers the work a crashed session left through {@code prompt}; a recovered diagram replaces the open one,
     * unsaved and titled after its original file. Unreadable recovery files are reported to {@code reportProblem}.
     *
     * @return whether a diagram was recovered
     */
    public boolean recoverCrashedWork(RecoveryPrompt prompt, Consumer<String> reportProblem) {
        Optional<DiagramDocument> recovered = autosave.store()
                .flatMap(store -> new RecoveryOffer(store, prompt, reportProblem).offer());
        recovered.ifPresent(this::show);
        return recovered.isPresent();
    }

    /**
     * Saves the diagram atomically to a file ({@code .studio.json} added when missing), which becomes the
     * diagram's file, and marks the save point; the recovery copy goes.
     *
     * @return why it could not be saved, or empty when it was
     */
    public Optional<String> saveTo(Path file) {
        try {
            document().saveAs(file);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not save " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
    }

    /** The window is closing after the unsaved-changes question: autosave stops and leaves nothing to recover. */
    public void close() {
        autosave.shutdown();
    }

    /** Undo and Redo of the shown document's edits. */
    public UndoRedo undoRedo() {
        return undoRedo;
    }

    /** The open document; replaced (not changed) by New, Open and recovery. */
    public ReadOnlyObjectProperty<DiagramDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The open document. */
    public DiagramDocument document() {
        return document.get();
    }

    /** The diagnostics of the open diagram as it is now, errors first. */
    public ReadOnlyObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics.getReadOnlyProperty();
    }

    /** The window title, e.g. {@code *orders.studio.json — Serverless Studio} (the star: unsaved changes). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the diagram has changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void show(DiagramDocument next) {
        if (document.get() != null) {
            document.get().commandStack().removeListener(stackListener);
        }
        autosave.follow(next);
        next.commandStack().addListener(stackListener);
        document.set(next);
        refresh();
    }

    private void refresh() {
        DiagramDocument shown = document();
        CommandStack stack = shown.commandStack();
        undoRedo.follow(stack);
        dirty.set(shown.isDirty());
        title.set(shown.titleProperty().get());
        // last: the window refreshes its panels when the diagnostics change, and reads the state set above
        diagnostics.set(validator.validate(stack.diagram()));
    }
}
