package studio.serverless.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a {@link GeneratedProject} to a folder or into a zip file. */
public final class ProjectWriter {

    /** Zip entries all get this time (the zip format's earliest), so the same project gives the same zip. */
    private static final long FIXED_ENTRY_TIME = 315_532_800_000L;

    private ProjectWriter() {
    }

    /**
     * Writes every file under a folder (created when missing), replacing files of the same path; returns the paths
     * written, in order.
     */
    public static List<Path> writeToFolder(GeneratedProject project, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String path : project.paths()) {
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new IOException("refusing to write outside " + folder + ": " + path);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, project.content(path).orElseThrow());
            written.add(file);
        }
        return List.copyOf(written);
    }

    /** Writes every file into a zip file, in path order and with fixed entry times. */
    public static void writeToZip(GeneratedProject project, Path zipFile) throws IOException {
        Path parent = zipFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(zipFile)) {
            writeZip(project, out);
        }
    }

    /** Writes the project as a zip archive to a stream. */
    public static void writeZip(GeneratedProject project, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String path : project.paths()) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTime(FIXED_ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(project.content(path).orElseThrow());
                zip.closeEntry();
            }
        }
    }
}
