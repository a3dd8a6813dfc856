package studio.serverless.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a project into a folder that may hold an earlier generation, without losing the user's edits. The hash of
 * every file as generated is recorded in {@value #MANIFEST}. A handler file (under {@code functions/}) whose
 * content differs from its recorded hash was edited by the user: it is kept, and the new version is written
 * beside it as {@code <file>.new}. Unedited handler files are replaced. Infrastructure files (everything outside
 * {@code functions/}, and the functions' README) are always regenerated.
 */
public final class ProjectUpdater {

    /** The manifest of hashes, relative to the project folder. */
    public static final String MANIFEST = ".studio/generated.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ProjectUpdater() {
    }

    /** Writes the project into the folder and records the manifest; returns what happened to each file. */
    public static UpdateReport write(GeneratedProject project, Path folder) throws IOException {
        Map<String, String> previous = readManifest(folder);
        Map<String, String> generated = new TreeMap<>();
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String path : project.paths()) {
            byte[] content = project.content(path).orElseThrow();
            generated.put(path, sha256(content));
            Path file = resolve(folder, path);
            if (isEditedHandler(path, file, content, previous)) {
                write(resolve(folder, path + ".new"), content);
                kept.add(path);
            } else {
                write(file, content);
                written.add(path);
            }
        }
        write(resolve(folder, MANIFEST), (JSON.writeValueAsString(Map.of("files", generated)) + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return new UpdateReport(written, kept);
    }

    /** Whether a path is user code that regeneration must not overwrite once edited. */
    public static boolean isHandlerFile(String path) {
        return path.startsWith("functions/") && !path.equals("functions/README.md");
    }

    private static boolean isEditedHandler(String path, Path file, byte[] content, Map<String, String> previous)
            throws IOException {
        if (!isHandlerFile(path) || !Files.exists(file)) {
            return false;
        }
        String current = sha256(Files.readAllBytes(file));
        return !current.equals(sha256(content)) && !current.equals(previous.get(path));
    }

    private static Map<String, String> readManifest(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return Map.of();
        }
        Map<String, String> files = new TreeMap<>();
        JSON.readTree(manifest.toFile()).path("files").fields()
                .forEachRemaining(entry -> files.put(entry.getKey(), entry.getValue().asText()));
        return files;
    }

    private static Path resolve(Path folder, String path) throws IOException {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new IOException("refusing to write outside " + folder + ": " + path);
        }
        return file;
    }

    /** Leaves a file that already has {@code content} untouched, so its modification time still tells builds
     *  (a Java function's Maven project) and file watchers that nothing changed. */
    private static void write(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
