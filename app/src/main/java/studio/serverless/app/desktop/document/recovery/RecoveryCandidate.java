package studio.serverless.app.desktop.document.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import studio.serverless.app.desktop.document.DocumentTitle;

/**
 * Unsaved work left behind by a session that did not close properly.
 *
 * @param key          the recovery key of the document it came from
 * @param diagramFile  the recovery file holding the diagram
 * @param originalFile the file the document was editing, empty if it was untitled
 * @param savedAt      when it was autosaved
 */
public record RecoveryCandidate(String key, Path diagramFile, Optional<Path> originalFile, Instant savedAt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** E.g. {@code orders.studio.json (in /home/ann/designs), autosaved 2026-11-29 02:31}. */
    public String describe(ZoneId zone) {
        String name = originalFile.map(file -> file.getFileName() + " (in " + file.getParent() + ")")
                .orElse(DocumentTitle.UNTITLED + " diagram");
        return name + ", autosaved " + WHEN.format(savedAt.atZone(zone));
    }
}
