package studio.serverless.app.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One {@code mvn package} of a function's project, its output kept to explain a failure. */
final class MavenRun {

    private static final List<String> GOALS = List.of("-q", "-B", "package", "-DskipTests");
    private static final int OUTPUT_SHOWN = 2000;

    private final List<String> command = new ArrayList<>();
    private final Path folder;

    MavenRun(List<String> maven, Path folder) {
        command.addAll(maven);
        command.addAll(GOALS);
        this.folder = folder;
    }

    String describe() {
        return String.join(" ", command) + " (in " + folder + ")";
    }

    /** Runs the build; null when it succeeded, else what went wrong. */
    String run() {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            int status = process.waitFor();
            return status == 0 ? null : "exit status " + status + (output.isEmpty() ? "" : "\n"
                    + output.substring(Math.max(0, output.length() - OUTPUT_SHOWN)));
        } catch (IOException e) {
            return command.get(0) + " cannot be started (" + e.getMessage() + "): install Maven"
                    + " (https://maven.apache.org) or build the project yourself with mvn package";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
