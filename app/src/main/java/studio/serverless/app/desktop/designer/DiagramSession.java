package studio.serverless.app.desktop.designer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;

/**
 * One open diagram: its command stack (which holds the diagram, the undo history and the save point) and the file
 * it was opened from or last saved to, if any.
 */
public final class DiagramSession {

    /** The name shown for a diagram that has never been saved. */
    public static final String UNTITLED = "Untitled";

    private final CommandStack commandStack;
    private Path file;

    /** A session of a diagram and the file it came from ({@code null} for a new diagram). */
    public DiagramSession(Diagram diagram, Path file) {
        this.commandStack = new CommandStack(Objects.requireNonNull(diagram, "diagram"));
        this.file = file;
    }

    /** The command stack every edit of this diagram goes through. */
    public CommandStack commandStack() {
        return commandStack;
    }

    /** The diagram. */
    public Diagram diagram() {
        return commandStack.diagram();
    }

    /** The file of the diagram; empty until it is saved. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The file name shown in the title, e.g. {@code orders.studio.json}, or {@value #UNTITLED}. */
    public String displayName() {
        return file == null ? UNTITLED : String.valueOf(file.getFileName());
    }

    /** The file name a Save As dialog suggests, e.g. {@code Untitled.studio.json}. */
    public String suggestedFileName() {
        return file == null ? UNTITLED + DiagramFiles.EXTENSION : String.valueOf(file.getFileName());
    }

    void savedAs(Path newFile) {
        this.file = newFile;
    }
}
