package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real paths of {@code python3} and {@code node}, asked once from the programs themselves. A version manager's
 * shim on the PATH (pyenv, nvm) would otherwise run a shell script before every cold start, costing time and
 * passing its own variables to the handler. When asking fails, the plain program name is used.
 */
final class Interpreters {

    private static final Map<String, String> RESOLVED = new ConcurrentHashMap<>();

    private Interpreters() {
    }

    static String python() {
        return RESOLVED.computeIfAbsent("python3", name -> ask(name, "-c", "import sys; print(sys.executable)"));
    }

    static String node() {
        return RESOLVED.computeIfAbsent("node", name -> ask(name, "-p", "process.execPath"));
    }

    private static String ask(String program, String option, String script) {
        try {
            Process process = new ProcessBuilder(List.of(program, option, script)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String path;
            try (InputStream in = process.getInputStream()) {
                path = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return process.waitFor() == 0 && !path.isEmpty() && !path.contains("\n") ? path : program;
        } catch (IOException e) {
            return program;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return program;
        }
    }
}
