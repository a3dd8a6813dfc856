package studio.serverless.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AWS reference data in {@code shared/reference}: found in the nearest folder above the module that has one
 * (beside the clone in CI, higher up for a git worktree), or where {@code -Dstudio.reference} points.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** The text of {@code relative} under the reference folder, e.g. {@code events/sns-Sns.json}. */
    public static String read(String relative) {
        try {
            return Files.readString(folder().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        String configured = System.getProperty("studio.reference");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/reference folder above " + Path.of("").toAbsolutePath());
    }
}
