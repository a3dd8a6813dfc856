package studio.serverless.codegen;

import java.util.List;

/**
 * What {@link ProjectUpdater} did with each file of a project.
 *
 * @param written the paths written (new or replaced), in order
 * @param kept    the handler files the user had edited: kept as they were, the new version written as
 *                {@code <path>.new}
 */
public record UpdateReport(List<String> written, List<String> kept) {

    /** Copies the lists. */
    public UpdateReport {
        written = List.copyOf(written);
        kept = List.copyOf(kept);
    }
}
