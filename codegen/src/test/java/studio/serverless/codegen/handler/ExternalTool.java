package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool the checks need (python3, node) and fails the test with a clear message when it is missing: CI
 * installs them, so a missing tool is an error, never a reason to skip.
 */
final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 120;

    private ExternalTool() {
    }

    /** Runs the command in a folder and asserts it exits with 0; returns its output. */
    static String run(Path folder, List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
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
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command.subList(0, Math.min(3,
                command.size()))) + " failed:\n" + text);
        return text;
    }
}
