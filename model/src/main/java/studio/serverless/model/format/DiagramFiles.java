package studio.serverless.model.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import studio.serverless.model.diagram.Diagram;

/** Loads and saves diagram files (see docs/file-format.md). */
public final class DiagramFiles {

    /** The file name extension of diagrams. */
    public static final String EXTENSION = ".studio.json";

    /** The value of the {@code format} field of every diagram file. */
    public static final String FORMAT = "serverless-studio-diagram";

    /** The version of the format this build reads and writes. */
    public static final int VERSION = 1;

    /** Writes a diagram's file content to a stream: the seam a test uses to make a save fail midway. */
    @FunctionalInterface
    interface Serializer {
        /** Writes the whole file content of the diagram. */
        void write(Diagram diagram, OutputStream out) throws IOException;
    }

    private DiagramFiles() {
    }

    /**
     * Reads a diagram file whole, or fails with one clear message naming the file, where and what was expected;
     * never returns a half-read diagram.
     */
    public static Diagram load(Path file) throws DiagramFormatException {
        String name = file.toString();
        return DiagramReader.read(Utf8Text.decode(readBytes(file, name), name), name);
    }

    /**
     * Writes a diagram atomically: a crash or error while saving leaves the previous file intact, and no
     * temporary file behind. Fails when {@code file} is a folder.
     */
    public static void save(Diagram diagram, Path file) throws IOException {
        save(diagram, file,
                (toWrite, out) -> out.write(DiagramWriter.write(toWrite).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@link #save(Diagram, Path)} with another serializer. */
    static void save(Diagram diagram, Path file, Serializer serializer) throws IOException {
        AtomicFileWriter.write(file, out -> serializer.write(diagram, out));
    }

    private static byte[] readBytes(Path file, String name) throws DiagramFormatException {
        if (Files.isDirectory(file)) {
            throw new DiagramFormatException(name + ": is a folder; expected a diagram file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DiagramFormatException(name + ": no such file; expected an existing diagram file", e);
        } catch (AccessDeniedException e) {
            throw new DiagramFormatException(name + ": cannot be read (permission denied); expected a file this"
                    + " user may read", e);
        } catch (IOException e) {
            throw new DiagramFormatException(name + ": cannot be read (" + oneLine(e) + "); expected a readable"
                    + " diagram file", e);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
