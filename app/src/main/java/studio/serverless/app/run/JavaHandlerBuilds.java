package studio.serverless.app.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;

/**
 * Builds the Maven projects of a {@link HandlerProject}'s Java functions before {@code studio run} runs them: a
 * function whose folder has a {@code pom.xml} and no jar in {@code target/} newer than its sources is built with
 * {@code mvn -q -B package -DskipTests} (the generated pom shades the handler and its libraries into one jar, which
 * the runner puts on the function's class path). What is run is printed; a missing Maven or a failed build is
 * reported and the function is left to fail its invocations with the runner's message.
 */
public final class JavaHandlerBuilds {

    private final List<String> maven;

    /** Builds with {@code maven} (the {@code mvn} program and any options before the goals). */
    public JavaHandlerBuilds(List<String> maven) {
        this.maven = List.copyOf(maven);
    }

    /** Builds with the {@code mvn} on the PATH ({@code mvn.cmd} on Windows). */
    public static JavaHandlerBuilds withMavenOnPath() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new JavaHandlerBuilds(List.of(windows ? "mvn.cmd" : "mvn"));
    }

    /** Builds each Java function's project of {@code project} that needs it, telling {@code out} what it does. */
    public void buildAll(HandlerProject project, PrintWriter out) {
        for (Service function : project.diagram().services()) {
            buildIfNeeded(project, function, out);
        }
        out.flush();
    }

    /**
     * Builds the project of the function called {@code name} if it is a Java function whose sources are newer than
     * its jar (its code was edited while {@code studio run} runs), telling {@code out} what it does.
     */
    public void rebuild(HandlerProject project, String name, PrintWriter out) {
        project.diagram().services().stream().filter(service -> service.name().equals(name)).findFirst()
                .ifPresent(function -> buildIfNeeded(project, function, out));
        out.flush();
    }

    private void buildIfNeeded(HandlerProject project, Service function, PrintWriter out) {
        if (function.kind() == ServiceKind.LAMBDA_FUNCTION && function.properties().text("runtime").startsWith("java")) {
            Path folder = project.codeFolder(function);
            if (needsBuild(folder)) {
                build(function.name(), folder, out);
            }
        }
    }

    /** Whether {@code folder} is a Maven project without a jar in {@code target/} newer than its sources. */
    static boolean needsBuild(Path folder) {
        if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
            return false;
        }
        Optional<FileTime> built = newest(folder.resolve("target"), ".jar");
        return built.isEmpty() || newest(folder.resolve("src"), "").map(source -> source.compareTo(built.get()) > 0)
                .orElse(false) || modified(folder.resolve("pom.xml")).compareTo(built.get()) > 0;
    }

    private void build(String function, Path folder, PrintWriter out) {
        MavenRun run = new MavenRun(maven, folder);
        out.println("Building Java function " + function + ": " + run.describe());
        out.flush();
        String problem = run.run();
        if (problem != null) {
            out.println("  the build of " + function + " failed: " + problem);
        }
    }

    private static Optional<FileTime> newest(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(suffix))
                    .filter(file -> !file.getFileName().toString().startsWith("original-"))
                    .map(JavaHandlerBuilds::modified).max(FileTime::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
