package studio.serverless.runner.stepfunctions.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** {@code arn:aws:states:::dynamodb:*} Task states against the local DynamoDB, driven through SfnClient. */
class DynamoDbIntegrationSdkTest {

    private static final String PUT_THEN_GET = """
            {"StartAt":"Put","States":{
              "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","ResultPath":"$.put",
                "Parameters":{"TableName":"Orders","Item":{"id":{"S.$":"$.id"},"total":{"N":"42"}}},"Next":"Get"},
              "Get":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem","ResultPath":"$.got",
                "Parameters":{"TableName":"Orders","Key":{"id":{"S.$":"$.id"}}},"End":true}}}""";
    private static final String PUT_ONCE = """
            {"StartAt":"Put","States":{
              "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem",
                "Parameters":{"TableName":"Orders","Item":{"id":{"S":"o-1"}},
                  "ConditionExpression":"attribute_not_exists(id)"},
                "Catch":[{"ErrorEquals":["DynamoDB.ConditionalCheckFailedException"],"ResultPath":"$.error",
                  "Next":"AlreadyThere"}],"End":true},
              "AlreadyThere":{"Type":"Pass","End":true}}}""";

    private final CloudWorkflows workflows = new CloudWorkflows();

    @BeforeEach
    void createTable() {
        workflows.dynamoDb.createTable(b -> b.tableName("Orders")
                .attributeDefinitions(d -> d.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)));
    }

    @AfterEach
    void stop() {
        workflows.close();
    }

    @Test
    void aMachinePutsAnItemAndReadsItBackInTheApisOwnShape() {
        DescribeExecutionResponse done = workflows.run(PUT_THEN_GET, "{\"id\":\"o-7\"}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode output = CloudWorkflows.json(done.output());
        assertEquals(CloudWorkflows.json("{\"id\":{\"S\":\"o-7\"},\"total\":{\"N\":\"42\"}}"), output.at("/got/Item"));
        assertEquals(200, output.at("/put/SdkHttpMetadata/HttpStatusCode").asInt());
        assertEquals(output.at("/got/SdkResponseMetadata/RequestId"),
                output.at("/got/SdkHttpMetadata/HttpHeaders/x-amzn-RequestId"));
        assertEquals(AttributeValue.fromN("42"), workflows.dynamoDb.getItem(b -> b.tableName("Orders")
                .key(Map.of("id", AttributeValue.fromS("o-7")))).item().get("total"));
    }

    @Test
    void aFailedConditionIsCaughtByItsDynamoDbErrorName() {
        workflows.dynamoDb.putItem(b -> b.tableName("Orders").item(Map.of("id", AttributeValue.fromS("o-1"))));

        DescribeExecutionResponse done = workflows.run(PUT_ONCE, "{}");

        assertEquals(ExecutionStatus.SUCCEEDED, done.status(), done.cause());
        JsonNode error = CloudWorkflows.json(done.output()).get("error");
        assertEquals("DynamoDB.ConditionalCheckFailedException", error.get("Error").asText());
        assertTrue(error.get("Cause").asText().matches("The conditional request failed \\(Service: AmazonDynamoDBv2; "
                + "Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: [-0-9a-f]+; "
                + "Proxy: null\\)"),
                error.get("Cause").asText());
    }

    @Test
    void aMissingTableFailsTheExecutionWithResourceNotFound() {
        DescribeExecutionResponse done = workflows.run(PUT_THEN_GET.replace("\"Orders\"", "\"Missing\""),
                "{\"id\":\"x\"}");

        assertEquals(ExecutionStatus.FAILED, done.status());
        assertEquals("DynamoDB.ResourceNotFoundException", done.error());
    }

    @Test
    void aRequestTheApiRefusesAsInvalidIsTheGenericDynamoDbError() {
        DescribeExecutionResponse done = workflows.run(PUT_THEN_GET.replace("\"S.$\":\"$.id\"},\"total\"",
                "\"N\":\"not a number\"},\"total\""), "{\"id\":\"x\"}");

        assertEquals(ExecutionStatus.FAILED, done.status());
        assertEquals("DynamoDB.AmazonDynamoDBException", done.error());
        assertTrue(done.cause().contains("Error Code: ValidationException"), done.cause());
    }
}
