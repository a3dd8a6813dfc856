package studio.serverless.app.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;

/**
 * The npm packages of Node.js handlers. Generated handlers import the AWS SDK v3 ({@code @aws-sdk/*}), which
 * Lambda's nodejs runtimes provide but a local {@code node} does not. So before {@code studio run} starts Node.js
 * functions it installs, once, what they lack: the AWS SDK packages of all of them together into the project's
 * {@code functions/node_modules} (where Node finds them from every function's folder, as Lambda's runtime provides
 * them to every function), and a function that needs other packages gets {@code npm install} in its own folder.
 * Without npm, or when npm fails (offline), it says so and the run goes on: such a function fails when it imports.
 */
public final class NodeDependencies {

    static final List<String> INSTALL = List.of("install", "--omit=dev", "--no-audit", "--no-fund");
    private static final List<String> WITHOUT_MANIFEST = List.of("--no-save", "--no-package-lock");

    private final String npm;
    private final PrintWriter out;

    /** Installs with the {@code npm} command on the PATH, reporting to {@code out}. */
    public NodeDependencies(PrintWriter out) {
        this(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm", out);
    }

    /** Installs with the npm command {@code npm} (a name on the PATH or a path), reporting to {@code out}. */
    NodeDependencies(String npm, PrintWriter out) {
        this.npm = npm;
        this.out = out;
    }

    /** Installs what the Node.js functions of {@code project} lack; nothing when they have it all. */
    public void installMissing(HandlerProject project) throws InterruptedException {
        Path shared = project.folder().resolve("functions");
        Map<String, String> runtimePackages = new TreeMap<>();
        for (Service function : project.diagram().services()) {
            Path folder = project.codeFolder(function);
            if (!isNode(function) || !Files.isRegularFile(folder.resolve("package.json"))
                    || Files.isDirectory(folder.resolve("node_modules"))) {
                continue;
            }
            PackageManifest manifest = PackageManifest.read(folder.resolve("package.json"));
            if (manifest.onlyRuntimeProvided()) {
                runtimePackages.putAll(manifest.dependencies());
            } else {
                String where = project.folder().relativize(folder).toString();
                install("the npm packages of " + where, where, folder, INSTALL);
            }
        }
        runtimePackages.keySet().removeIf(name -> Files.isDirectory(shared.resolve("node_modules").resolve(name)));
        if (!runtimePackages.isEmpty()) {
            List<String> arguments = new ArrayList<>(INSTALL);
            arguments.addAll(WITHOUT_MANIFEST);
            runtimePackages.forEach((name, range) -> arguments.add(name + "@" + range));
            install("the AWS SDK packages Lambda provides (" + String.join(", ", runtimePackages.keySet())
                    + ") into functions/node_modules", "functions", shared, arguments);
        }
    }

    private static boolean isNode(Service function) {
        return function.kind() == ServiceKind.LAMBDA_FUNCTION
                && function.properties().text("runtime").startsWith("nodejs");
    }

    private void install(String what, String where, Path folder, List<String> arguments)
            throws InterruptedException {
        out.println("Installing " + what + " with npm, once...");
        out.flush();
        List<String> command = new ArrayList<>(List.of(npm));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes(); // npm's own network timeouts end it
            if (process.waitFor() != 0) {
                out.println("  npm install failed in " + where + " (offline, or no registry reachable?): the"
                        + " Node.js functions needing it fail until it is installed. npm said:");
                lastLines(new String(output, StandardCharsets.UTF_8)).forEach(line -> out.println("    " + line));
            }
        } catch (IOException e) {
            out.println("  npm is not installed (" + e.getMessage() + "): Node.js handlers import packages such as"
                    + " the AWS SDK, which Lambda provides but a local node does not. Install Node.js with npm, or"
                    + " run npm install in each function's folder, then run again.");
        }
        out.flush();
    }

    private static List<String> lastLines(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - 8), lines.size());
    }
}
