package studio.serverless.codegen.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import java.util.stream.Collectors;
import studio.serverless.codegen.GenerationException;

/**
 * YAML for templates, written by Jackson's YAML generator: every string is a double-quoted scalar with YAML's
 * escapes, keys are quoted whenever plain style would be read differently, and no line is ever split. So text
 * from the diagram (quotes, newlines, {@code !Ref}, {@code ${...}}, unicode) stays one harmless scalar.
 */
public final class YamlText {

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    /** The one instance templates get as {@code $yaml}. */
    public static final YamlText INSTANCE = new YamlText();

    private YamlText() {
    }

    /** A text as one double-quoted YAML scalar. */
    public String scalar(String text) {
        return write(Map.of("k", text)).substring("k: ".length());
    }

    /**
     * A map as a YAML block whose every line is indented by {@code indent} spaces, without a final line break.
     * Values may be strings, numbers, booleans, lists, maps and Jackson trees.
     */
    public String block(Map<String, ?> value, int indent) {
        String pad = " ".repeat(indent);
        return write(value).lines().map(line -> pad + line).collect(Collectors.joining("\n"));
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).replace("\r\n", "\n").stripTrailing();
        } catch (JsonProcessingException e) {
            throw new GenerationException("cannot write YAML: " + e.getOriginalMessage(), e);
        }
    }
}
