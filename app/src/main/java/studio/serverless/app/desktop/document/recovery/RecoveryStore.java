package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.format.DiagramFormatException;

/**
 * The {@value #FOLDER_NAME} folder of the settings folder: one {@code <key>.studio.json} per open document with
 * unsaved work, written atomically, beside a {@code <key>.properties} naming its original file and session.
 * Files of sessions that are no longer running are the work a crash left behind ({@link #orphans()}); a file
 * that cannot be read is moved to {@value #CORRUPT_FOLDER_NAME}/, never deleted. See docs/decisions/0016.
 */
public final class RecoveryStore implements AutoCloseable {

    /** The folder, inside the settings folder, holding recovery files. */
    public static final String FOLDER_NAME = "recovery";
    /** The folder, inside the recovery folder, where unreadable recovery files are kept aside. */
    public static final String CORRUPT_FOLDER_NAME = "corrupt";

    private final Path folder;
    private final Clock clock;
    private final SessionLock session;

    private RecoveryStore(Path folder, Clock clock) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.clock = clock;
        this.session = new SessionLock(this.folder);
    }

    /** Opens the store in {@code settingsFolder} and starts this session (hold it until the app exits). */
    public static RecoveryStore open(Path settingsFolder) throws IOException {
        return open(settingsFolder, Clock.systemUTC());
    }

    /** {@link #open(Path)} with the clock that stamps autosaves. */
    public static RecoveryStore open(Path settingsFolder, Clock clock) throws IOException {
        return new RecoveryStore(settingsFolder.resolve(FOLDER_NAME), clock);
    }

    /** Writes the document's current diagram to its recovery file (atomically), replacing the last one. */
    public void write(DiagramDocument document) throws IOException {
        RecoveryEntry entry = RecoveryEntry.of(folder, document.recoveryKey());
        entry.writeDescription(document.file(), session.id(), clock.instant());
        DiagramFiles.save(document.diagram(), entry.diagramFile());
    }

    /** Removes the document's recovery file, if any: its work was saved or knowingly thrown away. */
    public void delete(String key) throws IOException {
        RecoveryEntry.of(folder, key).delete();
    }

    /** The work left by sessions that are no longer running, newest first. */
    public List<RecoveryCandidate> orphans() throws IOException {
        List<RecoveryCandidate> found = new ArrayList<>();
        for (RecoveryEntry entry : entries()) {
            RecoveryEntry.Description description = entry.readDescription();
            if (!session.isRunning(description.session())) {
                found.add(entry.candidate(description));
            }
        }
        found.sort(Comparator.comparing(RecoveryCandidate::savedAt).reversed());
        return found;
    }

    /**
     * Reads a candidate's diagram and makes its files this session's, so that no other instance offers them
     * while the recovered document is open. Fails with the reader's one-line message for an unreadable file.
     */
    public Diagram recover(RecoveryCandidate candidate) throws DiagramFormatException, IOException {
        Diagram diagram = DiagramFiles.load(candidate.diagramFile());
        RecoveryEntry.of(folder, candidate.key())
                .writeDescription(candidate.originalFile(), session.id(), candidate.savedAt());
        return diagram;
    }

    /** Moves a candidate's files to the corrupt folder and returns where its diagram file now is. */
    public Path setAside(RecoveryCandidate candidate) throws IOException {
        return RecoveryEntry.of(folder, candidate.key()).moveTo(folder.resolve(CORRUPT_FOLDER_NAME));
    }

    /** Deletes a candidate the user chose not to recover. */
    public void discard(RecoveryCandidate candidate) throws IOException {
        delete(candidate.key());
    }

    /** Ends this session properly; recovery files still present stay for the next start. */
    @Override
    public void close() throws IOException {
        session.close();
    }

    private List<RecoveryEntry> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(RecoveryEntry::forDiagramFile).flatMap(Optional::stream).toList();
        }
    }
}
