package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A fuzz test: thousands of broken requests (truncated or invalid JSON, dropped or mistyped members at any depth,
 * oversized items, deep nesting) each get a 400 whose body is AWS-shaped, never a 5xx; afterwards the endpoint
 * still answers correctly and the data written before is intact.
 */
class DynamoDbMalformedRequestsTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = 3000;
    private static final Set<String> CODES = Set.of("ValidationException", "SerializationException",
            "ResourceNotFoundException", "ConditionalCheckFailedException", "UnknownOperationException",
            "ResourceInUseException", "TransactionCanceledException", "LimitExceededException");
    private static final Map<String, String> SEEDS = Map.ofEntries(
            Map.entry("PutItem", "{\"TableName\":\"fuzz\",\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}},"
                    + "\"ConditionExpression\":\"attribute_not_exists(#p)\",\"ExpressionAttributeNames\":{\"#p\":\"pk\"},"
                    + "\"ReturnValues\":\"ALL_OLD\"}"),
            Map.entry("GetItem", "{\"TableName\":\"fuzz\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"ProjectionExpression\":\"n\","
                    + "\"ConsistentRead\":true}"),
            Map.entry("UpdateItem", "{\"TableName\":\"fuzz\",\"Key\":{\"pk\":{\"S\":\"u\"}},\"UpdateExpression\":"
                    + "\"SET n = :v\",\"ExpressionAttributeValues\":{\":v\":{\"N\":\"2\"}},\"ReturnValues\":\"ALL_NEW\"}"),
            Map.entry("DeleteItem", "{\"TableName\":\"fuzz\",\"Key\":{\"pk\":{\"S\":\"d\"}}}"),
            Map.entry("Query", "{\"TableName\":\"fuzz\",\"KeyConditionExpression\":\"pk = :p\","
                    + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"}},\"Limit\":5}"),
            Map.entry("Scan", "{\"TableName\":\"fuzz\",\"Segment\":0,\"TotalSegments\":2,\"Select\":\"COUNT\"}"),
            Map.entry("BatchWriteItem", "{\"RequestItems\":{\"fuzz\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"b\"}}}}]}}"),
            Map.entry("BatchGetItem", "{\"RequestItems\":{\"fuzz\":{\"Keys\":[{\"pk\":{\"S\":\"b\"}}]}}}"),
            Map.entry("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"fuzz\",\"Item\":"
                    + "{\"pk\":{\"S\":\"t\"}}}}]}"),
            Map.entry("TransactGetItems", "{\"TransactItems\":[{\"Get\":{\"TableName\":\"fuzz\",\"Key\":"
                    + "{\"pk\":{\"S\":\"t\"}}}}]}"),
            Map.entry("CreateTable", "{\"TableName\":\"fuzz2\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
                    + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}"),
            Map.entry("UpdateTable", "{\"TableName\":\"fuzz\",\"StreamSpecification\":{\"StreamEnabled\":true,"
                    + "\"StreamViewType\":\"KEYS_ONLY\"}}"),
            Map.entry("DescribeTable", "{\"TableName\":\"fuzz\"}"),
            Map.entry("ListTables", "{\"Limit\":10}"),
            Map.entry("UpdateTimeToLive", "{\"TableName\":\"fuzz\",\"TimeToLiveSpecification\":{\"Enabled\":true,"
                    + "\"AttributeName\":\"ttl\"}}"),
            Map.entry("Nope", "{}"));

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void everyMalformedRequestGetsAnAwsShaped400AndTheEndpointStaysCorrect() throws Exception {
        String table = "fuzz";
        CLOUD.dynamodb.createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(DynamoDbTestCloud.string("pk"))
                .keySchema(DynamoDbTestCloud.key("pk", software.amazon.awssdk.services.dynamodb.model.KeyType.HASH)));
        Map<String, AttributeValue> kept = Map.of("pk", AttributeValue.fromS("kept"), "v", AttributeValue.fromN("7"));
        CLOUD.dynamodb.putItem(b -> b.tableName(table).item(kept));
        RequestMutator mutator = new RequestMutator(20260101L);
        String[] operations = SEEDS.keySet().stream().sorted().toArray(String[]::new);
        int rejected = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String operation = operations[i % operations.length];
            String body = mutator.mutate(SEEDS.get(operation));
            HttpResponse<String> response = CLOUD.post("DynamoDB_20120810." + operation, body);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                    () -> operation + " " + body.substring(0, Math.min(300, body.length())) + " -> "
                            + response.statusCode() + " " + response.body());
            if (response.statusCode() == 400) {
                rejected++;
                assertAwsShaped(response);
            }
        }
        assertTrue(rejected > REQUESTS / 2, "most mutations are invalid: " + rejected);
        assertEquals(kept, CLOUD.dynamodb.getItem(b -> b.tableName(table).key(Map.of("pk", kept.get("pk")))).item());
        CLOUD.dynamodb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("after"))));
        assertTrue(CLOUD.dynamodb.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("after"))))
                .hasItem());
    }

    private static void assertAwsShaped(HttpResponse<String> response) throws Exception {
        assertEquals("application/x-amz-json-1.0", response.headers().firstValue("content-type").orElse(""));
        JsonNode body = JSON.readTree(response.body());
        String type = body.path("__type").asText();
        assertTrue(CODES.contains(type.substring(type.indexOf('#') + 1)), response.body());
        assertTrue(type.startsWith("com.amazon"), response.body());
        assertTrue(!body.path("message").asText().isBlank(), response.body());
    }
}
