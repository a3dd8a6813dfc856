package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import studio.serverless.runner.ReferenceFiles;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.dynamodb.DynamoDbStreamSource;
import studio.serverless.runner.lambda.mapping.stream.StartingPosition;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;

/**
 * The same insert, change and removal as AWS's sample DynamoDB stream event ({@code events/dynamodb-DynamoDBUpdate.json}
 * in the reference data), made through the SDK, reach the function as records with the sample's fields and values.
 */
class DynamoDbStreamEventShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private DynamoDbClient dynamoDb;
    private EventRecorder recorder;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        dynamoDb = DynamoDbClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        recorder = new EventRecorder();
    }

    @AfterEach
    void stopCloud() throws Exception {
        recorder.close();
        dynamoDb.close();
        cloud.close();
    }

    @Test
    void anInsertAChangeAndARemovalArriveInOrderShapedAsTheReferenceEvent() throws Exception {
        JsonNode reference = JSON.readTree(ReferenceFiles.read("events/dynamodb-DynamoDBUpdate.json")).get("Records");
        String streamArn = sampleTableWithTheSamplesChanges();
        String function = cloud.function(FunctionConfiguration.of(FunctionTestCloud.uniqueName(), "python3.13",
                "app.handler", cloud.codeFolder(Map.of("app.py", DynamoDbStreamMappingTest.HANDLER)))
                .withEnvironment(Map.of("REPORT_PORT", recorder.port(), "ON_POISON", "none")));

        cloud.cloud.eventSourceMappings().start(StreamMapping.of(function)
                .withStartingPosition(StartingPosition.TRIM_HORIZON),
                DynamoDbStreamSource.forTable(cloud.cloud.dynamoDb(), "messages"));
        JsonNode records = recorder.next().get("Records");

        assertEquals(reference.size(), records.size(), records.toString());
        List<BigInteger> sequenceNumbers = new ArrayList<>();
        for (int index = 0; index < reference.size(); index++) {
            assertRecordLike(reference.get(index), records.get(index), streamArn);
            sequenceNumbers.add(new BigInteger(records.get(index).at("/dynamodb/SequenceNumber").asText()));
        }
        assertEquals(sequenceNumbers.stream().sorted().distinct().toList(), sequenceNumbers);
    }

    private static void assertRecordLike(JsonNode expected, JsonNode actual, String streamArn) {
        assertEquals(fieldNames(expected), fieldNames(actual), actual.toString());
        assertEquals(fieldNames(expected.get("dynamodb")), fieldNames(actual.get("dynamodb")), actual.toString());
        for (String field : List.of("eventName", "eventVersion", "eventSource")) {
            assertEquals(expected.get(field), actual.get(field), field);
        }
        for (String field : List.of("Keys", "NewImage", "OldImage", "SizeBytes", "StreamViewType")) {
            assertEquals(expected.get("dynamodb").get(field), actual.get("dynamodb").get(field), field);
        }
        assertTrue(actual.at("/dynamodb/ApproximateCreationDateTime").isIntegralNumber(), actual.toString());
        assertTrue(actual.at("/dynamodb/SequenceNumber").isTextual(), actual.toString());
        assertEquals("us-east-1", actual.get("awsRegion").asText());
        assertEquals(streamArn, actual.get("eventSourceARN").asText());
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The sample's table (key Id, a number), its item 101 put, changed and deleted. @return the stream ARN */
    private String sampleTableWithTheSamplesChanges() {
        String streamArn = dynamoDb.createTable(b -> b.tableName("messages").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("Id").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("Id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
                .tableDescription().latestStreamArn();
        Map<String, AttributeValue> key = Map.of("Id", AttributeValue.fromN("101"));
        dynamoDb.putItem(b -> b.tableName("messages").item(Map.of("Id", AttributeValue.fromN("101"),
                "Message", AttributeValue.fromS("New item!"))));
        dynamoDb.updateItem(b -> b.tableName("messages").key(key).updateExpression("SET Message = :m")
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromS("This item has changed"))));
        dynamoDb.deleteItem(b -> b.tableName("messages").key(key));
        return streamArn;
    }
}
