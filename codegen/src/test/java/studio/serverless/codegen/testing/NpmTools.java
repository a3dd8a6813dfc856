package studio.serverless.codegen.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The npm checkers the generator's output is verified with: {@code @cdktf/hcl2json} (HashiCorp's HCL parser,
 * compiled to WebAssembly) and {@code asl-validator}, at the versions pinned in the root pom (handed to the tests
 * as system properties). They are installed on first use into {@code target/npm} with the {@code npm} of the
 * machine, so {@code mvn verify} from a fresh clone works wherever Node.js and npm are installed; without them the
 * tests fail saying so. The checkers themselves are Node.js scripts in {@code src/test/resources/npm/}.
 */
public final class NpmTools {

    /** Where the packages are installed, inside the module's build folder. */
    public static final Path PREFIX = Paths.get("target", "npm").toAbsolutePath();

    private static final Path SCRIPTS = Paths.get("src", "test", "resources", "npm").toAbsolutePath();
    private static boolean ready;

    private NpmTools() {
    }

    /** Runs one of the checker scripts (e.g. {@code check-terraform.cjs}) with arguments; returns its result. */
    public static ExternalTool.Result runChecker(String script, List<String> arguments) throws Exception {
        install();
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
        command.addAll(arguments);
        return ExternalTool.start(PREFIX, command, Map.of("NODE_PATH", PREFIX.resolve("node_modules").toString()));
    }

    /**
     * Runs a checker script over arguments split in {@code processes} parts, one node process per part at the same
     * time (the checkers are single-threaded); returns the exit code of the first failing part (else 0) and every
     * part's output.
     */
    public static ExternalTool.Result runCheckerInParallel(String script, List<String> arguments, int processes)
            throws Exception {
        install();
        int size = (arguments.size() + processes - 1) / Math.max(1, processes);
        List<java.util.concurrent.CompletableFuture<ExternalTool.Result>> parts = new ArrayList<>();
        for (int start = 0; start < arguments.size(); start += size) {
            List<String> part = arguments.subList(start, Math.min(arguments.size(), start + size));
            parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return runChecker(script, part);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        int exitCode = 0;
        StringBuilder output = new StringBuilder();
        for (java.util.concurrent.CompletableFuture<ExternalTool.Result> part : parts) {
            ExternalTool.Result result = part.join();
            exitCode = exitCode != 0 ? exitCode : result.exitCode();
            output.append(result.output());
        }
        return new ExternalTool.Result(exitCode, output.toString());
    }

    /** Installs the pinned packages unless they already are. */
    public static synchronized void install() throws Exception {
        if (ready) {
            return;
        }
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put("@cdktf/hcl2json", pinned("npm.hcl2json.version"));
        packages.put("asl-validator", pinned("npm.asl-validator.version"));
        boolean missing = false;
        for (Map.Entry<String, String> entry : packages.entrySet()) {
            missing |= !entry.getValue().equals(installedVersion(entry.getKey()));
        }
        if (missing) {
            Files.createDirectories(PREFIX);
            List<String> command = new ArrayList<>(List.of(npm(), "install", "--prefix", PREFIX.toString(),
                    "--save-exact", "--no-audit", "--no-fund", "--loglevel=error"));
            packages.forEach((name, version) -> command.add(name + "@" + version));
            ExternalTool.run(PREFIX, command);
        }
        ready = true;
    }

    private static String pinned(String property) {
        String version = System.getProperty(property);
        if (version == null || version.isBlank()) {
            fail("system property " + property + " is not set: run the tests through Maven, which sets it from"
                    + " the root pom.xml");
        }
        return version;
    }

    private static String installedVersion(String name) throws IOException {
        Path manifest = PREFIX.resolve("node_modules").resolve(name).resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return "";
        }
        return new ObjectMapper().readTree(manifest.toFile()).path("version").asText();
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }
}
