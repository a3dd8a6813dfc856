package studio.serverless.codegen.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.testing.GeneratedTemplate;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Names and texts from the diagram that would break or inject into YAML, JSON or CloudFormation come back
 * unchanged when the generated files are parsed, and never reach a {@code Fn::Sub} string.
 */
class SamHostileNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"it's \"quoted\"", "line1\nline2\r\n", "${AWS::AccountId}", "#{Evil}", "!Ref Orders",
        "ü漢字🙂", "a: b # c", "- [x, {y}]", "\t\\back\\slash", "*alias &anchor", "---", "@at `tick`",
        "nul\u0000bell\u0007", "sep\u2028arator\u0085", "true", "0x1F", "~", ""})
    void hostileTextComesBackUnchanged(String hostile) throws Exception {
        GeneratedProject project = new ProjectGenerator().generate(diagram(hostile), new SamTarget());
        GeneratedTemplate template = GeneratedTemplate.parse(project.text("template.yaml").orElseThrow());
        JsonNode resources = template.root().path("Resources");

        assertEquals(hostile, function(resources).path("Properties").path("FunctionName").asText());
        JsonNode table = single(resources, "AWS::DynamoDB::Table").path("Properties");
        assertEquals(hostile, table.path("TableName").asText());
        assertEquals(hostile, table.path("KeySchema").get(0).path("AttributeName").asText());
        assertEquals(hostile, single(resources, "AWS::Serverless::StateMachine").path("Properties").path("Name")
                .asText());
        JsonNode definition = JSON.readTree(project.text(definitionPath(project)).orElseThrow());
        assertFalse(definition.path("States").isEmpty());
        assertEquals(List.of(), template.danglingReferences());
    }

    private static String definitionPath(GeneratedProject project) {
        List<String> definitions = new java.util.ArrayList<>();
        project.paths().forEach(path -> {
            if (path.startsWith("statemachines/") && path.endsWith(".asl.json")) {
                definitions.add(path);
            }
        });
        assertEquals(1, definitions.size(), definitions.toString());
        return definitions.get(0);
    }

    private static JsonNode function(JsonNode resources) {
        return single(resources, "AWS::Serverless::Function");
    }

    private static JsonNode single(JsonNode resources, String type) {
        List<JsonNode> found = new java.util.ArrayList<>();
        resources.forEach(resource -> {
            if (resource.path("Type").asText().equals(type)) {
                found.add(resource);
            }
        });
        assertEquals(1, found.size(), type);
        return found.get(0);
    }

    private static Diagram diagram(String hostile) {
        Diagram diagram = new Diagram();
        Service function = Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, hostile,
                Point.ORIGIN);
        Service table = Service.create(new ServiceId("dynamodb-1"), ServiceKind.DYNAMODB_TABLE, hostile,
                Point.ORIGIN).withProperty("partitionKey", hostile);
        Service machine = Service.create(new ServiceId("stepfunctions-1"), ServiceKind.STEP_FUNCTIONS, hostile,
                Point.ORIGIN);
        Service bucket = Service.create(new ServiceId("s3-1"), ServiceKind.S3_BUCKET, hostile, Point.ORIGIN);
        List.of(function, table, machine, bucket).forEach(diagram::addService);
        connect(diagram, "c1", ConnectionType.DYNAMODB_ACCESS, function, table, "write");
        connect(diagram, "c2", ConnectionType.LAMBDA_INVOKE, machine, function, null);
        connect(diagram, "c3", ConnectionType.DYNAMODB_ACCESS, machine, table, "write");
        connect(diagram, "c4", ConnectionType.S3_ACCESS, function, bucket, "read");
        connect(diagram, "c5", ConnectionType.STATES_START, function, machine, null);
        return diagram;
    }

    private static void connect(Diagram diagram, String id, ConnectionType type, Service source, Service target,
                                String access) {
        PropertyValues values = access == null ? PropertyValues.empty() : PropertyValues.empty().with("access",
                access);
        diagram.addConnection(new Connection(new ConnectionId(id), type, source.id(), target.id(), values));
    }
}
