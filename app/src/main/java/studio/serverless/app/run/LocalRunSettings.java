package studio.serverless.app.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import studio.serverless.model.diagram.Diagram;

/**
 * What a {@link LocalRun} runs and where.
 *
 * @param diagram       the diagram to run (checked by the caller: one with validation errors is not run)
 * @param projectFolder the folder of the handler project (see {@link RunFolders})
 * @param cloudPort     the local cloud's port; 0 picks a free one
 * @param firstApiPort  the port of the first API, the next API gets the next one; 0 picks free ones
 * @param dataFolder    where the local cloud keeps its state across runs; empty keeps it in memory
 */
public record LocalRunSettings(Diagram diagram, Path projectFolder, int cloudPort, int firstApiPort,
        Optional<Path> dataFolder) {

    /** Checks that nothing is missing. */
    public LocalRunSettings {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(projectFolder, "projectFolder");
        Objects.requireNonNull(dataFolder, "dataFolder");
    }
}
