package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * {@code arn:aws:states:::dynamodb:putItem|getItem|updateItem|deleteItem}: the Parameters are the DynamoDB API
 * request and the result its response ({@code {"Item": ...}} for getItem), run by the local DynamoDB's own wire
 * adapter. Refusals are named {@code DynamoDB.<Exception>} (see {@link ServiceErrorNames}). Request-response only,
 * as on AWS.
 */
final class DynamoDbIntegration implements ServiceIntegration {

    /** The errors the API model lists for the four operations. */
    static final ServiceErrorNames ERRORS = new ServiceErrorNames("DynamoDB", "AmazonDynamoDBv2",
            "AmazonDynamoDBException", Set.of("ConditionalCheckFailedException",
            "ProvisionedThroughputExceededException", "ResourceNotFoundException",
            "ItemCollectionSizeLimitExceededException", "TransactionConflictException", "RequestLimitExceeded",
            "InternalServerError", "ReplicatedWriteConflictException", "ThrottlingException"));

    private static final Map<String, String> OPERATIONS = Map.of("dynamodb:putItem", "PutItem",
            "dynamodb:getItem", "GetItem", "dynamodb:updateItem", "UpdateItem", "dynamodb:deleteItem", "DeleteItem");

    private final InProcessApi api;

    DynamoDbIntegration(InProcessApi api) {
        this.api = api;
    }

    @Override
    public Set<String> resources() {
        return OPERATIONS.keySet();
    }

    @Override
    public Set<String> patterns() {
        return Set.of("");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        String operation = OPERATIONS.get(resource.key());
        return ERRORS.runOn(pool, () -> api.call(operation, request.input()));
    }
}
