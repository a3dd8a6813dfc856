package studio.serverless.codegen.sam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.testing.DiagramCases;
import studio.serverless.codegen.testing.GeneratedTemplate;
import studio.serverless.codegen.testing.ReferenceSchemas;
import studio.serverless.model.diagram.Diagram;

/**
 * The SAM target over every example and many random diagrams, checked against AWS's own references: the
 * CloudFormation registry schemas, the SAM schema and the States Language schema.
 */
class SamTemplateReferenceTest {

    private static final ProjectGenerator GENERATOR = new ProjectGenerator();

    static List<Named<Supplier<Diagram>>> diagrams() throws Exception {
        return DiagramCases.all();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyResourceKeepsItsReferenceSchema(Supplier<Diagram> diagram) {
        GeneratedTemplate template = template(diagram.get());
        List<String> violations = new ArrayList<>();
        template.resources().forEachRemaining(resource -> violations.addAll(violations(resource)));

        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyReferenceNamesADeclaredResource(Supplier<Diagram> diagram) {
        assertEquals(List.of(), template(diagram.get()).danglingReferences());
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void noPolicyStatementHasAWildcardActionOrResource(Supplier<Diagram> diagram) {
        assertEquals(List.of(), template(diagram.get()).wildcardStatements());
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyStateMachineDefinitionKeepsTheStatesLanguageSchema(Supplier<Diagram> diagram) throws Exception {
        GeneratedProject project = GENERATOR.generate(diagram.get(), new SamTarget());
        List<String> violations = new ArrayList<>();
        for (String path : project.paths()) {
            if (path.endsWith(".asl.json")) {
                JsonNode definition = new ObjectMapper().readTree(project.text(path).orElseThrow());
                ReferenceSchemas.validateStateMachine(definition)
                        .forEach(message -> violations.add(path + ": " + message.getMessage()));
            }
        }
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void generatingTwiceGivesTheSameBytes(Supplier<Diagram> diagram) {
        GeneratedProject first = GENERATOR.generate(diagram.get(), new SamTarget());
        GeneratedProject second = GENERATOR.generate(diagram.get(), new SamTarget());

        assertEquals(List.copyOf(iterable(first)), List.copyOf(iterable(second)));
        for (String path : first.paths()) {
            assertArrayEquals(first.content(path).orElseThrow(), second.content(path).orElseThrow(), path);
        }
    }

    private static List<String> iterable(GeneratedProject project) {
        List<String> paths = new ArrayList<>();
        project.paths().forEach(paths::add);
        return paths;
    }

    private static GeneratedTemplate template(Diagram diagram) {
        return GeneratedTemplate.parse(GENERATOR.generate(diagram, new SamTarget()).text("template.yaml")
                .orElseThrow());
    }

    private static List<String> violations(Map.Entry<String, JsonNode> resource) {
        String type = resource.getValue().path("Type").asText();
        var messages = type.startsWith("AWS::Serverless::")
                ? ReferenceSchemas.validateServerless(type, resource.getValue())
                : ReferenceSchemas.validateCloudFormation(type,
                        GeneratedTemplate.withoutIntrinsics(resource.getValue().path("Properties")));
        return messages.stream().map(ValidationMessage::getMessage)
                .map(message -> resource.getKey() + " (" + type + "): " + message).toList();
    }
}
