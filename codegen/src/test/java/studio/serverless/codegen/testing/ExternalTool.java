package studio.serverless.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool the checks need (python3, node, npm) and fails the test with a clear message when it is missing:
 * CI installs them, so a missing tool is an error, never a reason to skip.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 300;

    private ExternalTool() {
    }

    /** Runs the command in a folder and asserts it exits with 0; returns its output. */
    public static String run(Path folder, List<String> command) throws Exception {
        return run(folder, command, Map.of());
    }

    /** Runs the command in a folder with these extra environment variables; asserts exit 0; returns its output. */
    public static String run(Path folder, List<String> command, Map<String, String> environment) throws Exception {
        Result result = start(folder, command, environment);
        assertEquals(0, result.exitCode(), () -> String.join(" ", command.subList(0, Math.min(3,
                command.size()))) + " failed:\n" + result.output());
        return result.output();
    }

    /** Runs the command and returns its exit code and output, whatever the exit code. */
    public static Result start(Path folder, List<String> command, Map<String, String> environment)
            throws Exception {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            return fail(command.get(0) + " is needed by this test but could not be started (install it; CI has"
                    + " it): " + e.getMessage());
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /**
     * What a finished tool gave.
     *
     * @param exitCode its exit code
     * @param output   its standard output and error, interleaved
     */
    public record Result(int exitCode, String output) {
    }
}
