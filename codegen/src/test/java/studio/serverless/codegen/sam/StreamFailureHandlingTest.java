package studio.serverless.codegen.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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

/**
 * A stream trigger's failure handling reaches the deployed event source mapping: its maximum record age, partial
 * batch answers, and the function's on-failure queue as the mapping's own on-failure destination (AWS sends a
 * stream's failed batches there only when the mapping names it; the function's asynchronous destinations do not
 * apply to streams).
 */
class StreamFailureHandlingTest {

    private static final ProjectGenerator GENERATOR = new ProjectGenerator();

    private static Diagram kinesisIntoFunctionWithOnFailureQueue() {
        Diagram diagram = new Diagram();
        Service stream = Service.create(new ServiceId("kinesis-1"), ServiceKind.KINESIS_STREAM, "clicks",
                Point.ORIGIN);
        Service function = Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "count",
                Point.ORIGIN);
        Service queue = Service.create(new ServiceId("sqs-1"), ServiceKind.SQS_QUEUE, "count-failures",
                Point.ORIGIN);
        List.of(stream, function, queue).forEach(diagram::addService);
        diagram.addConnection(new Connection(new ConnectionId("c1"), ConnectionType.KINESIS_STREAM, stream.id(),
                function.id(), PropertyValues.of(Map.of("maximumRecordAge", 3600, "reportBatchItemFailures", true))));
        diagram.addConnection(new Connection(new ConnectionId("c2"), ConnectionType.ON_FAILURE, function.id(),
                queue.id(), PropertyValues.empty()));
        return diagram;
    }

    @Test
    void samWritesTheStreamEventsFailureHandling() {
        GeneratedTemplate template = GeneratedTemplate.parse(GENERATOR.generate(kinesisIntoFunctionWithOnFailureQueue(),
                new SamTarget()).text("template.yaml").orElseThrow());
        JsonNode function = template.root().path("Resources").path("CountFunction");
        assertEquals(List.of(), ReferenceSchemas.validateServerless("AWS::Serverless::Function", function)
                .stream().map(Object::toString).toList());
        JsonNode event = function.path("Properties").path("Events").elements().next().path("Properties");

        assertEquals(3600, event.path("MaximumRecordAgeInSeconds").asInt(), event.toString());
        assertEquals("[\"ReportBatchItemFailures\"]", event.path("FunctionResponseTypes").toString());
        assertEquals("SQS", event.at("/DestinationConfig/OnFailure/Type").asText(), event.toString());
        assertEquals("[\"CountFailuresQueue\",\"Arn\"]",
                event.at("/DestinationConfig/OnFailure/Destination/Fn::GetAtt").toString());
    }

    @Test
    void terraformWritesTheMappingsFailureHandling() {
        String functions = GENERATOR.generate(kinesisIntoFunctionWithOnFailureQueue(), new TerraformTarget())
                .text("terraform/functions.tf").orElseThrow().replaceAll("\\s+", " ");

        assertTrue(functions.contains("maximum_record_age_in_seconds = 3600"), functions);
        assertTrue(functions.contains("function_response_types = [\"ReportBatchItemFailures\"]"), functions);
        assertTrue(functions.contains("destination_config { on_failure { destination_arn = aws_sqs_queue."),
                functions);
    }
}
