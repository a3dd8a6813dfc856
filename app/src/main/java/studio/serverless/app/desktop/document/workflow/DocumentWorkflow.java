package studio.serverless.app.desktop.document.workflow;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.DiscardConfirmation;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.UnsavedChangesGuard;
import studio.serverless.app.desktop.document.recovery.RecoveryOffer;
import studio.serverless.app.desktop.document.recovery.RecoveryPrompt;
import studio.serverless.model.format.DiagramFormatException;

/**
 * The File menu's behaviour for a one-document window: New, Open, Open Recent, a dropped file, New from
 * Example, Save, Save As and closing. Before the open document is replaced or closed, unsaved work is asked
 * about; every opened or saved file goes to the recent list; each document is autosaved while open
 * ({@link AutosaveSlot}). The window shows {@link #documentProperty()} and calls these methods.
 */
public final class DocumentWorkflow {

    private final FileDialogs dialogs;
    private final DocumentSaving saving;
    private final AutosaveSlot autosave;
    private final UnsavedChangesGuard guard;
    private final RecentFiles recentFiles;
    private final ReadOnlyObjectWrapper<DiagramDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    /** A workflow showing an untitled document until {@link #start(RecoveryPrompt, Optional)}. */
    public DocumentWorkflow(FileDialogs dialogs, DiscardConfirmation confirmation, RecentFiles recentFiles,
                            AutosaveSlot autosave) {
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        this.saving = new DocumentSaving(dialogs, recentFiles);
        document.addListener((property, was, shown) -> title.bind(shown.titleProperty()));
        this.autosave = autosave;
        this.guard = new UnsavedChangesGuard(confirmation, saving::save);
        document.set(DiagramDocument.untitled());
    }

    /**
     * Shows the first document: the work a crash left, if {@code prompt} chose to recover it, else the file named
     * on the command line if any and readable, else a new untitled document. Call once the window is shown.
     */
    public void start(RecoveryPrompt prompt, Optional<Path> commandLineFile) {
        Optional<DiagramDocument> recovered = autosave.store()
                .flatMap(store -> new RecoveryOffer(store, prompt, dialogs::showProblem).offer());
        if (recovered.isPresent()) {
            show(recovered.get());
        } else if (commandLineFile.isEmpty() || !open(commandLineFile.get())) {
            show(DiagramDocument.untitled());
        }
    }

    /** The document shown; replaced by New, Open and the rest. */
    public ReadOnlyObjectProperty<DiagramDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The window title of the document shown, following both its changes and its replacement. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The recent files this workflow adds to (for the Open Recent menu). */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** The document shown now. */
    public DiagramDocument document() {
        return document.get();
    }

    /** File > New: an empty untitled document, once unsaved work is settled. */
    public boolean newDocument() {
        return replaceWith(() -> Optional.of(DiagramDocument.untitled()));
    }

    /** File > New from Example: asks {@code gallery} for an example document once unsaved work is settled. */
    public boolean newFromExample(Supplier<Optional<DiagramDocument>> gallery) {
        return replaceWith(gallery);
    }

    /** File > Open…: asks for a file once unsaved work is settled, then opens it. */
    public boolean open() {
        return replaceWith(() -> dialogs.chooseFileToOpen().flatMap(this::load));
    }

    /** Opens a given file (Open Recent, a dropped file, the command line), once unsaved work is settled. */
    public boolean open(Path file) {
        return replaceWith(() -> load(file));
    }

    /** Tells the user about a problem through the workflow's dialogs (for the menu and the drop handler). */
    public void showProblem(String message) {
        dialogs.showProblem(message);
    }

    /** File > Save: writes to the document's file, or asks for one when it is untitled. */
    public boolean save() {
        return saving.save(document.get());
    }

    /** File > Save As…: asks for a file and writes the document there. */
    public boolean saveAs() {
        return saving.saveAs(document.get());
    }

    /**
     * Closing the window, which ends the app: asks about unsaved work; when the window may close (true), stops
     * autosave, removes the recovery file and ends the recovery session. False: the user cancelled, keep going.
     */
    public boolean close() {
        if (!guard.mayDiscard(document.get())) {
            return false;
        }
        autosave.shutdown();
        return true;
    }

    private boolean replaceWith(Supplier<Optional<DiagramDocument>> next) {
        if (!guard.mayDiscard(document.get())) {
            return false;
        }
        Optional<DiagramDocument> chosen = next.get();
        chosen.ifPresent(this::show);
        return chosen.isPresent();
    }

    private void show(DiagramDocument shown) {
        autosave.follow(shown);
        document.set(shown);
    }

    private Optional<DiagramDocument> load(Path file) {
        try {
            DiagramDocument opened = DiagramDocument.open(file);
            saving.remember(file);
            return Optional.of(opened);
        } catch (DiagramFormatException e) {
            dialogs.showProblem(e.getMessage());
            return Optional.empty();
        }
    }

}
