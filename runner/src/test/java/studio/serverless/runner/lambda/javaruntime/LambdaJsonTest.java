package studio.serverless.runner.lambda.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.runner.ReferenceFiles;

/**
 * The Java runtime's mapper reads AWS's sample events (shared/reference/events) into the aws-lambda-java-events types
 * that generated Java handlers declare, and writes their response types in the JSON Lambda's callers expect.
 */
class LambdaJsonTest {

    private static final ObjectMapper MAPPER = LambdaJson.mapper();

    static Stream<Arguments> samples() {
        return Stream.of(
                sample("apigateway-AwsProxy", APIGatewayProxyRequestEvent.class,
                        (APIGatewayProxyRequestEvent e) -> e.getHttpMethod() + " " + e.getPath() + " "
                                + e.getRequestContext().getStage() + " " + e.getIsBase64Encoded(), "POST /orders prod true"),
                sample("apigateway-HttpApi", APIGatewayV2HTTPEvent.class,
                        (APIGatewayV2HTTPEvent e) -> e.getRequestContext().getHttp().getMethod() + " " + e.getRawPath()
                                + " " + e.getCookies(), "POST /orders [cookie1, cookie2]"),
                sample("cloudwatch-ScheduledEvent", ScheduledEvent.class,
                        (ScheduledEvent e) -> e.getDetailType() + " " + e.getTime().getMillis(), "Scheduled Event 0"),
                sample("dynamodb-DynamoDBUpdate", DynamodbEvent.class,
                        (DynamodbEvent e) -> e.getRecords().get(0).getEventName() + " "
                                + e.getRecords().get(0).getDynamodb().getNewImage().get("Message").getS() + " "
                                + e.getRecords().get(0).getDynamodb().getApproximateCreationDateTime().getTime(),
                        "INSERT New item! 1428537600000"),
                sample("kinesis-Kinesis", KinesisEvent.class,
                        (KinesisEvent e) -> StandardCharsets.UTF_8.decode(e.getRecords().get(0).getKinesis().getData())
                                + " " + e.getRecords().get(0).getKinesis().getApproximateArrivalTimestamp().getTime(),
                        "hello 1428537600000"),
                sample("s3-S3Put", S3Event.class,
                        (S3Event e) -> e.getRecords().get(0).getS3().getBucket().getName() + " "
                                + e.getRecords().get(0).getS3().getObject().getKey() + " "
                                + e.getRecords().get(0).getEventTime().getMillis(), "example-bucket orders/1.json 0"),
                sample("sns-Sns", SNSEvent.class,
                        (SNSEvent e) -> e.getRecords().get(0).getSNS().getMessage() + " "
                                + e.getRecords().get(0).getSNS().getMessageAttributes().get("Test").getValue(),
                        "{\"id\":\"1\"} TestString"),
                sample("sqs-Sqs", SQSEvent.class,
                        (SQSEvent e) -> e.getRecords().get(0).getBody() + " "
                                + e.getRecords().get(0).getEventSourceArn(),
                        "{\"id\":\"1\"} arn:aws:sqs:us-east-1:000000000000:orders"));
    }

    private static <T> Arguments sample(String name, Class<T> type, Function<T, String> read, String expected) {
        return Arguments.of(name, type, read, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    <T> void aReferenceEventIsReadIntoItsEventsLibraryType(String name, Class<T> type, Function<T, String> read,
            String expected) throws Exception {
        T event = MAPPER.readValue(filledIn(ReferenceFiles.read("events/" + name + ".json")), type);

        assertEquals(expected, read.apply(event));
    }

    @Test
    void anHttpApiResponseIsWrittenWithLambdasKeysAndNoNulls() throws Exception {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody("{}").build();

        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsBytes(response));

        assertEquals(201, json.get("statusCode").asInt());
        assertEquals("application/json", json.get("headers").get("Content-Type").asText());
        assertEquals(false, json.get("isBase64Encoded").asBoolean());
        assertEquals(List.of("statusCode", "headers", "body", "isBase64Encoded"), fieldNames(json).stream()
                .filter(n -> !n.equals("multiValueHeaders") && !n.equals("cookies")).toList());
    }

    @Test
    void restAndBatchResponsesKeepLambdasKeys() throws Exception {
        JsonNode rest = MAPPER.readTree(MAPPER.writeValueAsBytes(new APIGatewayProxyResponseEvent().withStatusCode(200)
                .withBody("ok")));
        JsonNode batch = MAPPER.readTree(MAPPER.writeValueAsBytes(new SQSBatchResponse(
                List.of(new SQSBatchResponse.BatchItemFailure("m-1")))));

        assertEquals("{\"statusCode\":200,\"body\":\"ok\"}", rest.toString());
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"}]}", batch.toString());
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The sample with its {{{placeholders}}} given values (a query string object, base64 data). */
    private static String filledIn(String sample) {
        return sample.replace("\"{{{querystringparameters}}}\"", "{\"foo\":\"bar\"}")
                .replace("{{{data}}}", "aGVsbG8=").replace("{{{body}}}", "{\\\"id\\\":\\\"1\\\"}")
                .replace("{{{message}}}", "{\\\"id\\\":\\\"1\\\"}").replace("{{{method}}}", "POST")
                .replace("/{{{path}}}", "/orders").replace("{{{key}}}", "orders/1.json")
                .replace("{{{bucket}}}", "example-bucket").replace("{{{queue_name}}}", "orders")
                .replace("{{{stage}}}", "prod").replace("{{{region}}}", "us-east-1")
                .replace("{{{account_id}}}", "000000000000")
                .replace("{{{partition}}}", "aws").replaceAll("\\{\\{\\{[a-z_A-Z]+}}}", "example");
    }
}
