package studio.serverless.app.desktop.document.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.model.format.DiagramFiles;

/** Save and Save As: asking for a file when needed, telling failures, and remembering saved files as recent. */
final class DocumentSaving {

    private final FileDialogs dialogs;
    private final RecentFiles recentFiles;

    DocumentSaving(FileDialogs dialogs, RecentFiles recentFiles) {
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
    }

    /** Writes to the document's file, or asks for one when untitled; true when written. */
    boolean save(DiagramDocument target) {
        return target.hasFile() ? write(target, target.file().orElseThrow()) : saveAs(target);
    }

    /** Asks for a file (suggesting the current name) and writes there; false when cancelled or failed. */
    boolean saveAs(DiagramDocument target) {
        Optional<Path> chosen = dialogs.chooseFileToSave(target.hasFile() ? target.displayName()
                : "untitled" + DiagramFiles.EXTENSION);
        return chosen.isPresent() && write(target, chosen.get());
    }

    /** Puts a file first in the recent list. */
    void remember(Path file) {
        try {
            recentFiles.add(file);
        } catch (IOException e) {
            // The recent list is a convenience: failing to update it must not fail an open or a save.
        }
    }

    private boolean write(DiagramDocument target, Path file) {
        try {
            target.saveAs(file);
            remember(target.file().orElseThrow());
            return true;
        } catch (IOException e) {
            dialogs.showProblem("Could not save " + file + ": " + e.getMessage());
            return false;
        }
    }
}
