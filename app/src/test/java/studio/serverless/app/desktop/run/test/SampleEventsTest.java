package studio.serverless.app.desktop.run.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.Diagram;

/** The sample event offered for each trigger of a function carries the diagram's names and the local ARNs. */
class SampleEventsTest {

    private final Diagram diagram = TestDiagram.create();
    private final List<SampleEvent> samples = SampleEvents.of(diagram, diagram.require(TestDiagram.id(diagram, "echo")));

    private JsonNode sample(String label) throws Exception {
        SampleEvent sample = samples.stream().filter(candidate -> candidate.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + label + " in " + samples));
        assertFalse(sample.json().contains("{{{"), sample.json());
        return JsonDocuments.mapper().readTree(sample.json());
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "HTTP API request POST /items/{id} (shop-api)|/routeKey|POST /items/{id}",
        "HTTP API request POST /items/{id} (shop-api)|/rawPath|/items/example-id",
        "HTTP API request POST /items/{id} (shop-api)|/pathParameters/id|example-id",
        "HTTP API request POST /items/{id} (shop-api)|/requestContext/http/method|POST",
        "HTTP API request POST /items/{id} (shop-api)|/requestContext/accountId|000000000000",
        "SQS message from jobs|/Records/0/eventSourceARN|arn:aws:sqs:us-east-1:000000000000:jobs",
        "SQS message from jobs|/Records/0/md5OfBody|7b270e59b47ff90a553787216d55d91d",
        "S3 upload to uploads-bucket|/Records/0/s3/bucket/name|uploads-bucket",
        "S3 upload to uploads-bucket|/Records/0/s3/bucket/arn|arn:aws:s3:::uploads-bucket",
        "S3 upload to uploads-bucket|/Records/0/s3/object/key|incoming%2Fexample",
        "SNS notification from alerts|/Records/0/Sns/TopicArn|arn:aws:sns:us-east-1:000000000000:alerts",
        "Scheduled event of rule nightly|/resources/0|arn:aws:events:us-east-1:000000000000:rule/nightly",
        "Scheduled event of rule nightly|/detail-type|Scheduled Event",
        "DynamoDB stream records of orders-table|/Records/0/eventSourceARN|"
            + "arn:aws:dynamodb:us-east-1:000000000000:table/orders-table/stream/2015-06-27T00:48:05.899",
        "Kinesis records of clicks|/Records/0/eventSourceARN|arn:aws:kinesis:us-east-1:000000000000:stream/clicks",
    })
    void eachTriggersSampleCarriesTheDiagramsNames(String label, String pointer, String expected) throws Exception {
        assertEquals(expected, sample(label).at(pointer).asText());
    }

    @Test
    void anApiSampleHasAnEditablePlainBody() throws Exception {
        JsonNode event = sample("HTTP API request POST /items/{id} (shop-api)");

        assertFalse(event.get("isBase64Encoded").asBoolean());
        assertEquals("{\"hello\": \"from the test panel\"}", event.get("body").asText());
    }

    @Test
    void aRestApiGetsThePayloadOneProxyEvent() throws Exception {
        Diagram rest = TestDiagram.create();
        rest.replaceService(rest.require(TestDiagram.id(rest, "shop-api")).withProperty("apiType", "REST")
                .withProperty("stageName", "prod"));
        SampleEvent sample = SampleEvents.of(rest, rest.require(TestDiagram.id(rest, "echo"))).get(0);
        JsonNode event = JsonDocuments.mapper().readTree(sample.json());

        assertEquals("REST API request POST /items/{id} (shop-api)", sample.label());
        assertEquals("POST", event.get("httpMethod").asText());
        assertEquals("/items/{id}", event.get("resource").asText());
        assertEquals("/items/example-id", event.get("path").asText());
        assertEquals("prod", event.at("/requestContext/stage").asText());
        assertEquals("bar", event.at("/queryStringParameters/foo").asText());
    }

    @Test
    void everyTriggerHasASampleAndAnEmptyEventComesLast() {
        assertEquals(8, samples.size(), samples.toString());
        assertEquals(new SampleEvent("Empty event", "{}"), samples.get(samples.size() - 1));
    }

    @Test
    void anEventPatternRulesSampleMatchesItsPattern() throws Exception {
        Diagram patterned = TestDiagram.create();
        patterned.replaceService(patterned.require(TestDiagram.id(patterned, "nightly"))
                .withProperty("trigger", "EVENT_PATTERN")
                .withProperty("eventPattern", "{\"source\": [\"shop\"], \"detail-type\": [\"OrderPlaced\"]}"));
        JsonNode event = JsonDocuments.mapper().readTree(SampleEvents.of(patterned,
                patterned.require(TestDiagram.id(patterned, "echo"))).stream()
                .filter(sample -> sample.label().equals("Event matching rule nightly")).findFirst().orElseThrow()
                .json());

        assertEquals("shop", event.get("source").asText());
        assertEquals("OrderPlaced", event.get("detail-type").asText());
        assertTrue(event.get("resources").isEmpty());
    }
}
