package studio.serverless.app.diagnostics;

import java.nio.file.Path;

import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramFormatException;

/** Reads a diagram from a file; a seam so that the command line and the window can be tested with fakes. */
@FunctionalInterface
public interface DiagramLoader {

    /** The loader that reads the studio's own file format. */
    static DiagramLoader standard() {
        return DiagramFiles::load;
    }

    /**
     * Reads the whole diagram in a file.
     *
     * @throws DiagramFormatException when the file cannot be read; its message is one line naming the file
     */
    Diagram load(Path file) throws DiagramFormatException;
}
