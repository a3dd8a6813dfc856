package studio.serverless.runner.dynamodb.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;

/** A local cloud on an ephemeral port with a hand-moved clock, and real AWS SDK v2 DynamoDB clients on it. */
final class DynamoDbTestCloud implements AutoCloseable {
    final MutableClock clock = new MutableClock();
    final LocalCloud cloud = LocalCloud.start(0, clock);
    final DynamoDbClient dynamodb = DynamoDbClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create())
            .build();
    final DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create())
            .build();
    private final HttpClient http = HttpClient.newHttpClient();

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));
    }

    /** Creates an on-demand table with a string partition key {@code pk} and, when asked, a string sort key {@code sk}. */
    String newTable(boolean withSortKey) {
        String name = "t-" + UUID.randomUUID();
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (withSortKey) {
            request.attributeDefinitions(string("pk"), string("sk")).keySchema(key("pk", KeyType.HASH),
                    key("sk", KeyType.RANGE));
        } else {
            request.attributeDefinitions(string("pk")).keySchema(key("pk", KeyType.HASH));
        }
        dynamodb.createTable(request.build());
        return name;
    }

    static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    static AttributeDefinition number(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.N).build();
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    /**
     * Runs a call that must fail with a ValidationException (the SDK has no class for it: it arrives as a
     * DynamoDbException whose code is ValidationException) and returns AWS's message.
     */
    static String validationMessage(org.junit.jupiter.api.function.Executable call) {
        DynamoDbException error = org.junit.jupiter.api.Assertions.assertThrows(DynamoDbException.class, call);
        org.junit.jupiter.api.Assertions.assertEquals("ValidationException", error.awsErrorDetails().errorCode(),
                error.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(400, error.statusCode());
        return error.awsErrorDetails().errorMessage();
    }

    /** Posts a raw JSON 1.0 body with the given target operation, e.g. {@code DynamoDB_20120810.PutItem}. */
    HttpResponse<String> post(String target, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0").header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dynamodb.close();
        streams.close();
        cloud.stop();
    }
}
