package studio.serverless.app.desktop.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diagram files opened or saved most recently, newest first: at most {@value #LIMIT}, each once, files that
 * no longer exist left out. Kept as one absolute path per line in {@value #FILE_NAME} of the settings folder and
 * rewritten atomically on every change.
 */
public final class RecentFiles {

    /** The most files remembered. */
    public static final int LIMIT = 10;

    /** The file, inside the settings folder, that holds the list. */
    public static final String FILE_NAME = "recent-files.txt";

    private final Path store;

    /** The list kept in {@code settingsFolder} (created on first write). */
    public RecentFiles(Path settingsFolder) {
        this.store = settingsFolder.resolve(FILE_NAME);
    }

    /** The list kept in this user's settings folder (see {@link SettingsFolder}). */
    public static RecentFiles forCurrentUser() {
        return new RecentFiles(SettingsFolder.forCurrentUser());
    }

    /** The existing files, newest first; an unreadable store reads as an empty list. */
    public List<Path> list() {
        return read().stream().filter(Files::isRegularFile).toList();
    }

    /** Puts a file first (moving it up if already listed), drops the oldest past the limit, and stores the list. */
    public void add(Path file) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        files.add(normal(file));
        files.addAll(list());
        write(files.stream().limit(LIMIT).toList());
    }

    /** Forgets one file (e.g. one that failed to open). */
    public void remove(Path file) throws IOException {
        List<Path> files = new ArrayList<>(list());
        files.remove(normal(file));
        write(files);
    }

    /** Forgets every file. */
    public void clear() throws IOException {
        write(List.of());
    }

    private List<Path> read() {
        try {
            List<Path> files = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                parse(line.strip()).ifPresent(files::add);
            }
            return files;
        } catch (IOException e) {
            // No list yet, or a damaged one: not worth stopping the app for; the next change rewrites it.
            return List.of();
        }
    }

    private static Optional<Path> parse(String line) {
        try {
            return line.isEmpty() ? Optional.empty() : Optional.of(normal(Path.of(line)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void write(List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        files.forEach(file -> text.append(file).append('\n'));
        AtomicText.write(store, text.toString());
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
