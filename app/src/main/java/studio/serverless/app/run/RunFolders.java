package studio.serverless.app.run;

import java.nio.file.Path;

/**
 * Where a run keeps the handler project of a diagram when no folder is given: {@code .studio/run/NAME} beside the
 * diagram file (NAME: the file's name without {@code .studio.json}), so edited handlers are found again at the
 * next run; an unsaved diagram's under the settings folder, {@code run/untitled}.
 */
public final class RunFolders {

    private RunFolders() {
    }

    /** The project folder of the diagram saved in {@code file}. */
    public static Path besideFile(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.studio\\.json$", "").replaceFirst("\\.json$", "");
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(".studio").resolve("run").resolve(name);
    }

    /** The project folder of a diagram that has no file yet. */
    public static Path forUnsaved(Path settingsFolder) {
        return settingsFolder.resolve("run").resolve("untitled");
    }
}
