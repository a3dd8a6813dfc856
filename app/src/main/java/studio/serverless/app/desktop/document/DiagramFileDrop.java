package studio.serverless.app.desktop.document;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Opens a diagram file dropped on a node (usually the main window's root), wherever inside it the drop lands.
 * While files are dragged over the node it gets the pseudo-class {@code :diagram-drop-accepted} for one
 * {@code .studio.json} file, or {@code :diagram-drop-refused} (with the "no" cursor) for other files; see
 * {@link #STYLESHEET}. Drags that carry no files are not its business and pass on untouched.
 */
public final class DiagramFileDrop {

    /** A stylesheet drawing a green or red inner border for the two pseudo-classes. */
    public static final String STYLESHEET = Objects.requireNonNull(
            DiagramFileDrop.class.getResource("diagram-file-drop.css")).toExternalForm();

    static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("diagram-drop-accepted");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("diagram-drop-refused");

    private final Node target;
    private final Consumer<Path> open;

    DiagramFileDrop(Node target, Consumer<Path> open) {
        this.target = target;
        this.open = open;
    }

    /**
     * Makes {@code target} accept dropped diagram files and hand each accepted drop to {@code open} (which
     * should run the same path as File > Open, including the unsaved-changes check). A {@link Parent} also gets
     * the feedback {@link #STYLESHEET}. Returns the installed handler (nothing more needs to be done with it).
     */
    public static DiagramFileDrop install(Node target, Consumer<Path> open) {
        DiagramFileDrop drop = new DiagramFileDrop(target, open);
        if (target instanceof Parent parent && !parent.getStylesheets().contains(STYLESHEET)) {
            parent.getStylesheets().add(STYLESHEET);
        }
        // Filters, so that file drags are seen before children that consume every drop (the canvas does);
        // drags without files (a service from the palette) are left to the children.
        target.addEventFilter(DragEvent.DRAG_OVER, drop::onDragOver);
        target.addEventFilter(DragEvent.DRAG_DROPPED, drop::onDragDropped);
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> drop.dragEnded());
        return drop;
    }

    /** The one diagram file among the dragged files, or empty when they are anything else. */
    public static Optional<Path> diagramFileOf(List<File> files) {
        if (files.size() != 1 || !DiagramFileNames.isDiagramFile(files.get(0))) {
            return Optional.empty();
        }
        return Optional.of(files.get(0).toPath());
    }

    private void onDragOver(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return;
        }
        if (dragOver(event.getDragboard().getFiles())) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void onDragDropped(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return;
        }
        event.setDropCompleted(drop(event.getDragboard().getFiles()));
        event.consume();
    }

    /** Shows whether these files would be accepted; true when they would. */
    boolean dragOver(List<File> files) {
        boolean accepted = diagramFileOf(files).isPresent();
        target.pseudoClassStateChanged(ACCEPTED, accepted);
        target.pseudoClassStateChanged(REFUSED, !accepted);
        return accepted;
    }

    /**
     * Opens the dropped diagram file just after the drop completes (opening may ask about unsaved work, and a
     * modal dialog must not run inside the platform's drag-and-drop); false for anything else.
     */
    boolean drop(List<File> files) {
        dragEnded();
        Optional<Path> file = diagramFileOf(files);
        file.ifPresent(path -> Platform.runLater(() -> open.accept(path)));
        return file.isPresent();
    }

    void dragEnded() {
        target.pseudoClassStateChanged(ACCEPTED, false);
        target.pseudoClassStateChanged(REFUSED, false);
    }
}
