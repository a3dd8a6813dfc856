package studio.serverless.app.desktop.document;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import studio.serverless.model.format.DiagramFiles;

/** What counts as a diagram file name, and the name Save As gives a file typed without the extension. */
public final class DiagramFileNames {

    private DiagramFileNames() {
    }

    /** Whether the file's name ends with {@code .studio.json} (in any case). */
    public static boolean isDiagramFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(DiagramFiles.EXTENSION);
    }

    /** {@link #isDiagramFile(Path)} for a {@link File}, as drag-and-drop hands them over. */
    public static boolean isDiagramFile(File file) {
        return isDiagramFile(file.toPath());
    }

    /** The path itself when it names a diagram file, else the path with {@code .studio.json} added. */
    public static Path withExtension(Path file) {
        if (isDiagramFile(file)) {
            return file;
        }
        String name = String.valueOf(file.getFileName());
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return file.resolveSibling(stem + DiagramFiles.EXTENSION);
    }
}
