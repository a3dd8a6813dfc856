package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw wire requests the SDK would never send, answered with AWS's __type and message. */
class DynamoDbWireErrorsTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private static final String TABLE = CLOUD.newTable(false);

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "GetItem|{\"Key\":{\"pk\":{\"S\":\"a\"}}}|com.amazon.coral.validate#ValidationException|"
            + "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null",
        "GetItem|{\"TableName\":\"@@\",\"Key\":{}}|com.amazon.coral.validate#ValidationException|"
            + "1 validation error detected: Value '@@' at 'tableName' failed to satisfy constraint: Member must satisfy "
            + "regular expression pattern: [a-zA-Z0-9_.-]+ and have length between 3 and 255",
        "GetItem|{\"TableName\":\"$T\",\"Key\":{\"pk\":{}}}|com.amazon.coral.validate#ValidationException|"
            + "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
        "GetItem|{\"TableName\":\"$T\",\"Key\":{\"pk\":{\"S\":\"a\",\"N\":\"1\"}}}|"
            + "com.amazon.coral.validate#ValidationException|Supplied AttributeValue has more than one datatypes set, "
            + "must contain exactly one of the supported datatypes",
        "PutItem|{\"TableName\":\"$T\",\"Item\":{\"pk\":{\"S\":\"a\"},\"x\":{\"NULL\":false}}}|"
            + "com.amazon.coral.validate#ValidationException|One or more parameter values were invalid: Null "
            + "attribute value types must have the value of true",
        "PutItem|{\"TableName\":\"$T\",\"Item\":{\"pk\":{\"S\":\"a\"},\"x\":{\"SS\":[]}}}|"
            + "com.amazon.coral.validate#ValidationException|One or more parameter values were invalid: An string set  "
            + "may not be empty",
        "PutItem|{\"TableName\":\"$T\",\"Item\":{\"pk\":{\"S\":\"a\"},\"x\":{\"N\":\"abc\"}}}|"
            + "com.amazon.coral.validate#ValidationException|A value provided cannot be converted into a number",
        "PutItem|{\"TableName\":5}|com.amazon.coral.service#SerializationException|"
            + "class java.lang.Integer can not be converted to an String",
        "PutItem|{\"TableName\":\"$T\",\"Item\":[]}|com.amazon.coral.service#SerializationException|"
            + "Start of list found where not expected",
        "PutItem|{\"TableName\":\"$T\",\"Item\":{\"pk\":{\"S\":\"a\"}},\"ReturnValues\":\"SOME\"}|"
            + "com.amazon.coral.validate#ValidationException|1 validation error detected: Value 'SOME' at "
            + "'returnValues' failed to satisfy constraint: Member must satisfy enum value set: "
            + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
        "CreateTable|{\"TableName\":\"$T-2\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":"
            + "\"S\"},{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
            + "\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\",\"GlobalSecondaryIndexes\":[{\"IndexName\":"
            + "\"byG\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],\"Projection\":{}}]}|"
            + "com.amazon.coral.validate#ValidationException|One or more parameter values were invalid: Unknown "
            + "ProjectionType: null",
        "Query|{\"TableName\":\"$T\"}|com.amazon.coral.validate#ValidationException|Either the KeyConditions or "
            + "KeyConditionExpression parameter must be specified in the request.",
        "ListTables|{\"Limit\":0}|com.amazon.coral.validate#ValidationException|1 validation error detected: "
            + "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
        "CreateTable|{\"TableName\":\"abc\",\"AttributeDefinitions\":[],\"KeySchema\":[]}|"
            + "com.amazon.coral.validate#ValidationException|1 validation error detected: Value '[]' at 'keySchema' "
            + "failed to satisfy constraint: Member must have length greater than or equal to 1",
        "CreateTable|{\"TableName\":\"abc\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":"
            + "\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"ProvisionedThroughput\":"
            + "{\"ReadCapacityUnits\":-1,\"WriteCapacityUnits\":1}}|com.amazon.coral.validate#ValidationException|"
            + "1 validation error detected: Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 1",
        "Frobnicate|{}|com.amazon.coral.service#UnknownOperationException|"
            + "Unknown operation: DynamoDB_20120810.Frobnicate",
    })
    void aMalformedRequestGetsAwsTypeAndMessage(String operation, String body, String type, String message)
            throws Exception {
        HttpResponse<String> response = CLOUD.post("DynamoDB_20120810." + operation, body.replace("$T", TABLE));
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(type, error.path("__type").asText());
        assertEquals(message, error.path("message").asText());
    }
}
