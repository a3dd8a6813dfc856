package studio.serverless.app.desktop.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramFormatException;

/**
 * One open diagram as the window sees it: its file (or none while untitled), whether it has unsaved work, and
 * the window title that says both. Edits go through {@link #commandStack()}; the document follows the stack's
 * save point. A recovered or example-based document can start with unsaved work that no undo step explains.
 */
public final class DiagramDocument {

    private final CommandStack commandStack;
    private final String recoveryKey;
    private Path file;
    private boolean unsavedOutsideHistory;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    private DiagramDocument(Diagram diagram, Path file, boolean unsavedOutsideHistory, String recoveryKey) {
        this.commandStack = new CommandStack(diagram);
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.unsavedOutsideHistory = unsavedOutsideHistory;
        this.recoveryKey = Objects.requireNonNull(recoveryKey, "recoveryKey");
        commandStack.addListener(stack -> refresh());
        refresh();
    }

    /** A new, empty, untitled and clean document (File > New). */
    public static DiagramDocument untitled() {
        return new DiagramDocument(new Diagram(), null, false, newRecoveryKey());
    }

    /** An untitled, clean document showing a copy of an example (File > New from Example). */
    public static DiagramDocument fromExample(Diagram example) {
        return new DiagramDocument(example, null, false, newRecoveryKey());
    }

    /** Reads a diagram file into a clean document named after it; fails with the file's one-line message. */
    public static DiagramDocument open(Path file) throws DiagramFormatException {
        return opened(file, DiagramFiles.load(file));
    }

    /** A clean document named after {@code file}, showing the diagram already read from it. */
    public static DiagramDocument opened(Path file, Diagram diagram) {
        return new DiagramDocument(diagram, Objects.requireNonNull(file, "file"), false, newRecoveryKey());
    }

    /**
     * A document recovered after a crash: dirty from the start (its content was never saved), titled after the
     * file it was editing if any, and keeping the recovery file's key so the recovery file stays until a save.
     */
    public static DiagramDocument recovered(Diagram diagram, Optional<Path> originalFile, String recoveryKey) {
        return new DiagramDocument(diagram, originalFile.orElse(null), true, recoveryKey);
    }

    /** Writes the document to its file and marks it clean; only for a document that has a file. */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("an untitled document has no file: use saveAs");
        }
        saveAs(file);
    }

    /**
     * Writes the document to {@code target} (adding {@code .studio.json} when the name lacks it), makes that its
     * file and marks it clean. On failure nothing changes: the old file, name and dirty state stay.
     */
    public void saveAs(Path target) throws IOException {
        Path withExtension = DiagramFileNames.withExtension(target).toAbsolutePath().normalize();
        DiagramFiles.save(commandStack.diagram(), withExtension);
        file = withExtension;
        unsavedOutsideHistory = false;
        commandStack.markSaved();
    }

    /** Whether closing or replacing this document would lose work, so the user must be asked first. */
    public boolean discardNeedsConfirmation() {
        return isDirty();
    }

    /** Whether there is work not yet written to the document's file. */
    public boolean isDirty() {
        return unsavedOutsideHistory || commandStack.isDirty();
    }

    /** The name shown in the title and in dialogs: the file name, or "Untitled". */
    public String displayName() {
        return file == null ? DocumentTitle.UNTITLED : String.valueOf(file.getFileName());
    }

    /** The file name a Save As dialog suggests, e.g. {@code orders.studio.json} or {@code Untitled.studio.json}. */
    public String suggestedFileName() {
        return file == null ? DocumentTitle.UNTITLED + DiagramFiles.EXTENSION : displayName();
    }

    /** The document's file (absolute), empty while untitled. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether Save can write without asking for a file name. */
    public boolean hasFile() {
        return file != null;
    }

    /** The undo history, through which every edit of the diagram goes. */
    public CommandStack commandStack() {
        return commandStack;
    }

    /** The diagram shown. */
    public Diagram diagram() {
        return commandStack.diagram();
    }

    /** The stable key naming this document's recovery file for as long as it is open. */
    public String recoveryKey() {
        return recoveryKey;
    }

    /** Dirty state, for the status bar's unsaved marker. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The window title, e.g. {@code *orders.studio.json — Serverless Studio} while there are unsaved edits. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void refresh() {
        dirty.set(isDirty());
        title.set(DocumentTitle.of(displayName(), isDirty()));
    }

    private static String newRecoveryKey() {
        return UUID.randomUUID().toString();
    }
}
