package studio.serverless.app.desktop.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example diagrams the gallery offers, in title order. They come from an {@code examples} folder when one
 * is found ({@link ExampleLocations}: a checkout or an unpacked app) and otherwise from the copies packaged in
 * the app's jar at {@value #RESOURCE_FOLDER}, whose README lists them. Titles and descriptions come from the
 * README beside the files ({@link ExampleTexts}).
 */
public final class ExampleCatalog {

    /** Where the build copies examples/*.studio.json and examples/README.md inside the app's jar. */
    public static final String RESOURCE_FOLDER = "/studio/serverless/app/examples/";

    private static final String README = "README.md";
    private static final String EXTENSION = ".studio.json";

    private final List<Example> examples;

    private ExampleCatalog(List<Example> examples) {
        this.examples = examples.stream().sorted(Comparator.comparing(Example::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The examples of the first examples folder found, else those packaged in the app. */
    public static ExampleCatalog standard() throws IOException {
        Optional<Path> folder = ExampleLocations.standard().firstFolder();
        return folder.isPresent() ? fromFolder(folder.get()) : packaged();
    }

    /** Every {@code *.studio.json} of a folder, described by the folder's README.md when there is one. */
    public static ExampleCatalog fromFolder(Path folder) throws IOException {
        Path readme = folder.resolve(README);
        ExampleTexts texts = ExampleTexts.of(Files.isRegularFile(readme) ? Files.readString(readme) : "");
        List<Example> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(ExampleCatalog::isDiagramFile).toList()) {
                found.add(texts.example(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return new ExampleCatalog(found);
    }

    /** The examples packaged in the app's jar, as listed by their README. */
    public static ExampleCatalog packaged() throws IOException {
        ExampleTexts texts = ExampleTexts.of(resource(README).orElse(""));
        List<Example> found = new ArrayList<>();
        for (String fileName : texts.fileNames()) {
            Optional<String> content = resource(fileName);
            if (content.isPresent()) {
                found.add(texts.example(fileName, content.get()));
            }
        }
        return new ExampleCatalog(found);
    }

    /** The examples, in title order; unmodifiable. */
    public List<Example> examples() {
        return examples;
    }

    private static boolean isDiagramFile(Path file) {
        return file.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(file);
    }

    private static Optional<String> resource(String name) throws IOException {
        try (InputStream in = ExampleCatalog.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
