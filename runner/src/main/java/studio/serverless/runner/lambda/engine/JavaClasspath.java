package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path of a Java function, found in its code folder in the layouts a build leaves:
 * <ol>
 *   <li>Maven's {@code target/classes} with {@code target/dependency/*.jar} ({@code mvn package
 *       dependency:copy-dependencies});</li>
 *   <li>a built jar in {@code target/} (the shaded jar of {@code mvn package}; {@code original-*} left out);</li>
 *   <li>{@code target/classes} alone (compiled, no dependencies);</li>
 *   <li>AWS's zip layout: classes at the folder's root and {@code lib/*.jar};</li>
 *   <li>jars at the folder's root.</li>
 * </ol>
 */
final class JavaClasspath {

    private JavaClasspath() {
    }

    /**
     * The entries of the function's class path, in order.
     *
     * @throws IOException naming the folder and the layouts looked for, when it holds no compiled code
     */
    static List<Path> of(Path codeFolder) throws IOException {
        Path target = codeFolder.resolve("target");
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(target.resolve("classes")) && Files.isDirectory(target.resolve("dependency"))) {
            entries.add(target.resolve("classes"));
            entries.addAll(jars(target.resolve("dependency")));
        } else if (!jars(target).isEmpty()) {
            entries.addAll(jars(target));
        } else if (Files.isDirectory(target.resolve("classes"))) {
            entries.add(target.resolve("classes"));
        } else if (Files.isDirectory(codeFolder.resolve("lib")) || hasClasses(codeFolder)) {
            entries.add(codeFolder);
            entries.addAll(jars(codeFolder.resolve("lib")));
        } else {
            entries.addAll(jars(codeFolder));
        }
        if (entries.isEmpty()) {
            throw new IOException("the code folder " + codeFolder.toAbsolutePath() + " holds no compiled Java code:"
                    + " expected target/classes with target/dependency/*.jar (mvn package"
                    + " dependency:copy-dependencies), a jar in target/, classes with lib/*.jar (AWS's zip layout)"
                    + " or a jar");
        }
        return entries.stream().map(Path::toAbsolutePath).toList();
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> !file.getFileName().toString().startsWith("original-"))
                    .filter(file -> !file.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
                    .sorted().toList();
        }
    }

    private static boolean hasClasses(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, 8)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
        }
    }
}
