package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import studio.serverless.runner.lambda.javaruntime.JavaRuntimeMain;

/**
 * Copies the Java runtime client's class files (the {@code javaruntime} package, nothing else of the runner) from the
 * runner's class path, a folder or a jar, into a folder that a function's JVM can put on its class path.
 */
final class JavaRuntimeClasses {

    private static final String PACKAGE = JavaRuntimeMain.class.getPackageName().replace('.', '/') + "/";

    private JavaRuntimeClasses() {
    }

    /** Writes the client's classes under {@code target}, which then is a class path entry. */
    static void copyTo(Path target) throws IOException {
        Path source;
        try {
            source = Path.of(JavaRuntimeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot find where the runner's Java runtime client classes are", e);
        }
        if (Files.isDirectory(source)) {
            copyFolder(source.resolve(PACKAGE), target.resolve(PACKAGE));
        } else {
            copyFromJar(source, target);
        }
        deleteOnExit(target);
    }

    /** Files are deleted in the reverse order of registration: parents first means children go first. */
    private static void deleteOnExit(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(target)) {
            files.sorted().forEach(file -> file.toFile().deleteOnExit());
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyFromJar(Path jar, Path target) throws IOException {
        Files.createDirectories(target.resolve(PACKAGE));
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/', PACKAGE.length()) < 0) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
