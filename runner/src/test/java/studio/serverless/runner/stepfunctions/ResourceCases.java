package studio.serverless.runner.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The JSON case files of one test-resource folder, as JUnit arguments (file name, content). */
final class ResourceCases {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResourceCases() {
    }

    static Stream<Arguments> in(String folder) {
        return files(folder).stream().map(file -> Arguments.of(file.getFileName().toString(), read(file)));
    }

    static List<Path> files(String folder) {
        URL url = ResourceCases.class.getResource("/stepfunctions/" + folder);
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> strings = new java.util.ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
