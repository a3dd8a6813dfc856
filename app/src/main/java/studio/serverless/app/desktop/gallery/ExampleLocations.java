package studio.serverless.app.desktop.gallery;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an {@code examples} folder may be, in order: the folder named by the system property {@value #PROPERTY},
 * {@code examples} in the working folder, then {@code examples} beside the app's jar or up to three folders
 * above it (a checkout's {@code app/target/studio-app.jar}, an installed app's {@code lib/app/}).
 */
final class ExampleLocations {

    /** The system property naming an examples folder. */
    static final String PROPERTY = "serverless.studio.examples";

    private static final int LEVELS_ABOVE_JAR = 3;

    private final List<Path> candidates;

    ExampleLocations(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The places above, for this process. */
    static ExampleLocations standard() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY)).filter(value -> !value.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        candidates.add(Path.of("examples").toAbsolutePath());
        appHome().ifPresent(jar -> {
            Path folder = jar.getParent();
            for (int level = 0; level <= LEVELS_ABOVE_JAR && folder != null; level++) {
                candidates.add(folder.resolve("examples"));
                folder = folder.getParent();
            }
        });
        return new ExampleLocations(candidates);
    }

    /** The first candidate that is a folder holding at least one diagram file. */
    Optional<Path> firstFolder() {
        return candidates.stream().filter(ExampleLocations::holdsDiagrams).findFirst();
    }

    private static boolean holdsDiagrams(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".studio.json"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> appHome() {
        try {
            var source = ExampleLocations.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
