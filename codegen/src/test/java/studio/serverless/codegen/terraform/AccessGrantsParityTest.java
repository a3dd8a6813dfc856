package studio.serverless.codegen.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.sam.SamTarget;
import studio.serverless.codegen.testing.GeneratedTemplate;
import studio.serverless.codegen.testing.ReferenceSchemas;
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
 * Each access connection grants in Terraform exactly the IAM actions the SAM target grants for it: the SAM
 * template's policy entry is expanded with AWS's own policy templates ({@code sam/policy_templates.json} of the
 * reference folder) or read from its inline statement, and compared with the Terraform statement's actions.
 */
class AccessGrantsParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"DYNAMODB_ACCESS,lambda,DYNAMODB_TABLE,read", "DYNAMODB_ACCESS,lambda,DYNAMODB_TABLE,write",
        "DYNAMODB_ACCESS,lambda,DYNAMODB_TABLE,read-write", "S3_ACCESS,lambda,S3_BUCKET,read",
        "S3_ACCESS,lambda,S3_BUCKET,write", "S3_ACCESS,lambda,S3_BUCKET,read-write", "SQS_SEND,lambda,SQS_QUEUE,",
        "SNS_PUBLISH,lambda,SNS_TOPIC,", "KINESIS_PUT,lambda,KINESIS_STREAM,", "STATES_START,lambda,STEP_FUNCTIONS,",
        "LAMBDA_INVOKE,machine,LAMBDA_FUNCTION,", "DYNAMODB_ACCESS,machine,DYNAMODB_TABLE,read-write",
        "SQS_SEND,machine,SQS_QUEUE,", "SNS_PUBLISH,machine,SNS_TOPIC,"})
    void terraformGrantsTheSameActionsAsSam(ConnectionType type, String caller, ServiceKind targetKind,
                                            String access) throws Exception {
        Diagram diagram = new Diagram();
        Service source = Service.create(new ServiceId("source"), "lambda".equals(caller)
                ? ServiceKind.LAMBDA_FUNCTION : ServiceKind.STEP_FUNCTIONS, "source", Point.ORIGIN);
        Service target = Service.create(new ServiceId("target"), targetKind, "target", Point.ORIGIN);
        diagram.addService(source);
        diagram.addService(target);
        PropertyValues values = access == null ? PropertyValues.empty() : PropertyValues.empty().with("access", access);
        Connection connection = new Connection(new ConnectionId("c1"), type, source.id(), target.id(), values);
        diagram.addConnection(connection);

        assertEquals(samActions(diagram), AccessGrants.actions(connection));
    }

    private static List<String> samActions(Diagram diagram) throws Exception {
        GeneratedTemplate template = GeneratedTemplate.parse(new ProjectGenerator().generate(diagram,
                new SamTarget()).text("template.yaml").orElseThrow());
        JsonNode policy = template.root().path("Resources").path("SourceFunction").path("Properties")
                .path("Policies").path(0);
        if (policy.isMissingNode()) {
            policy = template.root().path("Resources").path("SourceStateMachine").path("Properties")
                    .path("Policies").path(0);
        }
        JsonNode statements = policy.has("Statement") ? policy.get("Statement") : policyTemplate(policy);
        List<String> actions = new ArrayList<>();
        statements.forEach(statement -> statement.path("Action").forEach(action -> actions.add(action.asText())));
        return actions;
    }

    private static JsonNode policyTemplate(JsonNode policy) throws Exception {
        Map.Entry<String, JsonNode> entry = policy.fields().next();
        JsonNode templates = JSON.readTree(ReferenceSchemas.REFERENCE.resolve("sam/policy_templates.json").toFile());
        return templates.path("Templates").path(entry.getKey()).path("Definition").path("Statement");
    }
}
