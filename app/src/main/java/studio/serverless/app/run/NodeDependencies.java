package studio.serverless.app.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;

/**
 * The npm packages of Node.js handlers. Generated handlers import the AWS SDK v3 ({@code @aws-sdk/*}), which
 * Lambda's nodejs runtimes provide but a local {@code node} does not: so before {@code studio run} starts a Node.js
 * function whose folder has a {@code package.json} and no {@code node_modules}, it runs
 * {@code npm install --omit=dev --no-audit --no-fund} there, once (the folder then has its packages). Without npm,
 * or when npm fails (offline), it says so and the run goes on: such a function fails when it imports a package.
 */
public final class NodeDependencies {

    static final List<String> INSTALL = List.of("install", "--omit=dev", "--no-audit", "--no-fund");

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

    /** Installs the packages of every Node.js function of {@code project} that has none yet. */
    public void installMissing(HandlerProject project) throws InterruptedException {
        for (Service function : project.diagram().services()) {
            if (function.kind() == ServiceKind.LAMBDA_FUNCTION
                    && function.properties().text("runtime").startsWith("nodejs")) {
                Path folder = project.codeFolder(function);
                if (Files.isRegularFile(folder.resolve("package.json"))
                        && !Files.isDirectory(folder.resolve("node_modules"))) {
                    install(project.folder().relativize(folder), folder);
                }
            }
        }
    }

    private void install(Path shown, Path folder) throws InterruptedException {
        out.println("Installing the npm packages of " + shown + " (npm " + String.join(" ", INSTALL) + "; once)...");
        out.flush();
        List<String> command = new ArrayList<>(List.of(npm));
        command.addAll(INSTALL);
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes(); // npm's own network timeouts end it
            if (process.waitFor() == 0) {
                return;
            }
            out.println("  npm install failed in " + shown + " (offline, or a registry npm cannot reach?); its"
                    + " function fails until its packages are installed. npm said:");
            lastLines(new String(output, StandardCharsets.UTF_8)).forEach(line -> out.println("    " + line));
        } catch (IOException e) {
            out.println("  npm is not installed (" + e.getMessage() + "): the Node.js function in " + shown
                    + " imports the AWS SDK, which Lambda provides but a local node does not. Install Node.js with"
                    + " npm, or run npm install in " + shown + ", then run again.");
        }
        out.flush();
    }

    private static List<String> lastLines(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - 8), lines.size());
    }
}
