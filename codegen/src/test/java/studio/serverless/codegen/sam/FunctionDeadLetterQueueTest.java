package studio.serverless.codegen.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.terraform.TerraformTarget;
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

/** A function's dead-letter queue (a dead-letter-queue connection from it) becomes its DeadLetterConfig. */
class FunctionDeadLetterQueueTest {

    private static final ProjectGenerator GENERATOR = new ProjectGenerator();

    private static Diagram functionWithDeadLetters(ServiceKind kind) {
        Diagram diagram = new Diagram();
        Service function = Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "resize",
                Point.ORIGIN);
        Service target = Service.create(new ServiceId("dlq-1"), kind, "resize-failures", Point.ORIGIN);
        diagram.addService(function);
        diagram.addService(target);
        diagram.addConnection(new Connection(new ConnectionId("c1"), ConnectionType.DEAD_LETTER_QUEUE, function.id(),
                target.id(), PropertyValues.empty()));
        return diagram;
    }

    private static JsonNode samFunction(Diagram diagram) {
        GeneratedTemplate template = GeneratedTemplate.parse(GENERATOR.generate(diagram, new SamTarget())
                .text("template.yaml").orElseThrow());
        assertEquals(List.of(), template.danglingReferences());
        JsonNode function = template.root().path("Resources").path("ResizeFunction");
        assertEquals(List.of(), ReferenceSchemas.validateServerless("AWS::Serverless::Function", function)
                .stream().map(Object::toString).toList());
        return function.path("Properties").path("DeadLetterQueue");
    }

    @Test
    void aQueueBecomesTheSamFunctionsDeadLetterQueue() {
        JsonNode deadLetterQueue = samFunction(functionWithDeadLetters(ServiceKind.SQS_QUEUE));

        assertEquals("SQS", deadLetterQueue.path("Type").asText());
        assertEquals("[\"ResizeFailuresQueue\",\"Arn\"]", deadLetterQueue.path("TargetArn").path("Fn::GetAtt")
                .toString());
    }

    @Test
    void aTopicBecomesTheSamFunctionsDeadLetterTopic() {
        JsonNode deadLetterQueue = samFunction(functionWithDeadLetters(ServiceKind.SNS_TOPIC));

        assertEquals("SNS", deadLetterQueue.path("Type").asText());
        assertEquals("ResizeFailuresTopic", deadLetterQueue.path("TargetArn").path("Ref").asText(),
                deadLetterQueue.toString());
    }

    @Test
    void terraformSetsDeadLetterConfigAndGrantsTheSend() {
        String main = GENERATOR.generate(functionWithDeadLetters(ServiceKind.SQS_QUEUE), new TerraformTarget())
                .text("terraform/functions.tf").orElseThrow();

        assertTrue(main.replaceAll("\\s+", " ").contains("dead_letter_config { target_arn = aws_sqs_queue."),
                main);
        assertTrue(main.contains("sqs:SendMessage"), main);
    }
}
