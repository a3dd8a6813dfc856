package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.sam.SamTarget;
import studio.serverless.codegen.testing.DiagramCases;
import studio.serverless.codegen.testing.GeneratedTemplate;
import studio.serverless.model.diagram.Diagram;

/**
 * The SAM template of a diagram aligned to its generated code names, for every function, the handler the code
 * defines, a runtime of the code's language, and exactly the environment variables the code reads.
 */
class HandlersMatchTemplateTest {

    static Stream<Arguments> cases() throws Exception {
        List<Named<Supplier<Diagram>>> diagrams = DiagramCases.all();
        return Stream.of(Language.values()).flatMap(language -> diagrams.stream()
                .map(diagram -> Arguments.of(language, diagram)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void templateAndHandlersAgree(Language language, Supplier<Diagram> diagram) {
        Diagram original = diagram.get();
        FunctionLanguages languages = FunctionLanguages.all(language);
        GeneratedTemplate template = GeneratedTemplate.parse(new ProjectGenerator()
                .generate(languages.align(original), new SamTarget()).text("template.yaml").orElseThrow());

        assertEquals(fromCode(new FunctionCodes(original, languages).all()), fromTemplate(template.root()));
    }

    private static Map<String, String> fromCode(List<FunctionCode> functions) {
        Map<String, String> settings = new TreeMap<>();
        for (FunctionCode function : functions) {
            Set<String> variables = new TreeSet<>();
            function.calls().forEach(call -> variables.add(call.variable()));
            settings.put("functions/" + function.folder() + "/", function.language().id() + " "
                    + function.handlerSetting() + " " + variables);
        }
        return settings;
    }

    private static Map<String, String> fromTemplate(JsonNode root) {
        Map<String, String> settings = new TreeMap<>();
        root.path("Resources").forEach(resource -> {
            if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
                JsonNode properties = resource.path("Properties");
                Set<String> variables = new TreeSet<>();
                properties.path("Environment").path("Variables").fieldNames().forEachRemaining(variables::add);
                settings.put(properties.path("CodeUri").asText(), Language.ofRuntime(properties.path("Runtime").asText())
                        .map(Language::id).orElse("unknown") + " "
                        + properties.path("Handler").asText() + " " + variables);
            }
        });
        return settings;
    }
}
