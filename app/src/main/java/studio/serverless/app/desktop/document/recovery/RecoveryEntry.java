package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import studio.serverless.app.desktop.document.AtomicText;
import studio.serverless.model.format.DiagramFiles;

/** The two files of one document's recovery: {@code <key>.studio.json} and {@code <key>.properties}. */
final class RecoveryEntry {

    /** What the properties file says about the diagram file. */
    record Description(Optional<Path> originalFile, String session, Instant savedAt) {
    }

    private static final String ORIGINAL = "originalFile";
    private static final String SESSION = "session";
    private static final String SAVED_AT = "savedAt";

    private final Path folder;
    private final String key;

    private RecoveryEntry(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    /** The entry of a document's key; a key that could name a file elsewhere is refused. */
    static RecoveryEntry of(Path folder, String key) {
        if (!key.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a recovery key: " + key);
        }
        return new RecoveryEntry(folder, key);
    }

    /** The entry a recovery diagram file belongs to; empty for other files of the folder. */
    static Optional<RecoveryEntry> forDiagramFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(DiagramFiles.EXTENSION) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String key = name.substring(0, name.length() - DiagramFiles.EXTENSION.length());
        return key.matches("[A-Za-z0-9-]+") ? Optional.of(new RecoveryEntry(file.getParent(), key)) : Optional.empty();
    }

    Path diagramFile() {
        return folder.resolve(key + DiagramFiles.EXTENSION);
    }

    private Path descriptionFile() {
        return folder.resolve(key + ".properties");
    }

    /** Written before the diagram, so a diagram file never lacks its description while its session runs. */
    void writeDescription(Optional<Path> originalFile, String session, Instant savedAt) throws IOException {
        Properties properties = new Properties();
        originalFile.ifPresent(file -> properties.setProperty(ORIGINAL, file.toString()));
        properties.setProperty(SESSION, session);
        properties.setProperty(SAVED_AT, savedAt.toString());
        StringWriter text = new StringWriter();
        properties.store(text, "Serverless Studio recovery file " + key + DiagramFiles.EXTENSION);
        AtomicText.write(descriptionFile(), text.toString());
    }

    /** The description; a missing or damaged one describes an untitled diagram of no running session. */
    Description readDescription() throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(descriptionFile())) {
            try (Reader reader = Files.newBufferedReader(descriptionFile(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IllegalArgumentException damaged) {
                properties.clear();
            }
        }
        return new Description(originalFile(properties.getProperty(ORIGINAL, "")),
                properties.getProperty(SESSION, ""), savedAt(properties));
    }

    private static Optional<Path> originalFile(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    private Instant savedAt(Properties properties) throws IOException {
        try {
            return Instant.parse(properties.getProperty(SAVED_AT, ""));
        } catch (DateTimeException unreadable) {
            return Files.getLastModifiedTime(diagramFile()).toInstant();
        }
    }

    RecoveryCandidate candidate(Description description) {
        return new RecoveryCandidate(key, diagramFile(), description.originalFile(), description.savedAt());
    }

    /** Deletes the diagram first: a description without a diagram is ignored, the reverse would be offered. */
    void delete() throws IOException {
        Files.deleteIfExists(diagramFile());
        Files.deleteIfExists(descriptionFile());
    }

    /** Moves both files into {@code target} (created if needed) and returns the diagram file's new place. */
    Path moveTo(Path target) throws IOException {
        Files.createDirectories(target);
        Path moved = target.resolve(diagramFile().getFileName());
        Files.move(diagramFile(), moved, StandardCopyOption.REPLACE_EXISTING);
        if (Files.exists(descriptionFile())) {
            Files.move(descriptionFile(), target.resolve(descriptionFile().getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return moved;
    }
}
