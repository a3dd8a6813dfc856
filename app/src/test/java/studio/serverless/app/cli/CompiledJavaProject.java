package studio.serverless.app.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a generated Java function's project as {@code mvn package dependency:copy-dependencies} would, without
 * Maven: its sources compiled with {@code javax.tools} into {@code target/classes}, and in {@code target/dependency}
 * one jar whose manifest {@code Class-Path} names the libraries from the test's own class path (the AWS SDK with the
 * URL connection client only, the Lambda Java libraries, Jackson, Joda-Time).
 */
final class CompiledJavaProject {

    private CompiledJavaProject() {
    }

    static void build(Path functionFolder) throws IOException {
        List<Path> libraries = libraries();
        Path classes = Files.createDirectories(functionFolder.resolve("target/classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-cp",
                libraries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        try (Stream<Path> sources = Files.walk(functionFolder.resolve("src/main/java"))) {
            sources.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated handler in " + functionFolder + " does not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, libraries.stream()
                .map(jar -> jar.toUri().toString()).collect(Collectors.joining(" ")));
        Path dependency = Files.createDirectories(functionFolder.resolve("target/dependency"));
        try (OutputStream out = Files.newOutputStream(dependency.resolve("libraries.jar"));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    private static List<Path> libraries() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> entry.contains("software" + File.separator + "amazon")
                        || entry.contains("com" + File.separator + "amazonaws")
                        || entry.contains("joda-time") || entry.contains("jackson") || entry.contains("reactive-streams")
                        || entry.contains("slf4j-api"))
                .filter(entry -> !entry.contains("apache-client") && !entry.contains("apache5-client")
                        && !entry.contains("netty-nio-client"))
                .map(Path::of).toList();
    }
}
