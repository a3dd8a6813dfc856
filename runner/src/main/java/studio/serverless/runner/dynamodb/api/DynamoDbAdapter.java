package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbError;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;

/**
 * DynamoDB and DynamoDB Streams on the endpoint: JSON 1.0 requests whose {@code X-Amz-Target} is
 * {@code DynamoDB_20120810.<Operation>} or {@code DynamoDBStreams_20120810.<Operation>}. Finds the operation,
 * parses the body, runs it, and answers errors through {@link ErrorResponses}.
 */
public final class DynamoDbAdapter implements ServiceAdapter {
    static final String DYNAMODB_PREFIX = "DynamoDB_20120810";
    static final String STREAMS_PREFIX = "DynamoDBStreams_20120810";

    private final Map<String, Map<String, DynamoDbAction>> actions = new HashMap<>();

    /** An adapter over {@code engine}. */
    public DynamoDbAdapter(DynamoDbEngine engine) {
        Map<String, DynamoDbAction> dynamodb = new HashMap<>();
        dynamodb.putAll(TableActions.all(engine));
        dynamodb.putAll(ItemActions.all(engine));
        dynamodb.putAll(ReadActions.all(engine));
        dynamodb.putAll(BatchActions.all(engine));
        dynamodb.putAll(TransactActions.all(engine));
        dynamodb.putAll(TagActions.all(engine));
        actions.put(DYNAMODB_PREFIX, Map.copyOf(dynamodb));
        actions.put(STREAMS_PREFIX, StreamActions.all(engine.streamLog()));
    }

    @Override
    public String signingName() {
        return "dynamodb";
    }

    @Override
    public Set<String> jsonTargetPrefixes() {
        return Set.of(DYNAMODB_PREFIX, STREAMS_PREFIX);
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        try {
            DynamoDbAction action = action(request.header("x-amz-target"));
            return JsonResponses.of(200, action.run(new RequestReader(parse(request.body()))));
        } catch (DynamoDbException e) {
            return ErrorResponses.of(e);
        }
    }

    private DynamoDbAction action(String target) {
        int dot = target == null ? -1 : target.lastIndexOf('.');
        Map<String, DynamoDbAction> service = dot < 0 ? null : actions.get(target.substring(0, dot));
        DynamoDbAction action = service == null ? null : service.get(target.substring(dot + 1));
        if (action == null) {
            throw DynamoDbException.of(DynamoDbError.UNKNOWN_OPERATION, "Unknown operation: " + target);
        }
        return action;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw MemberErrors.serialization("The request body is empty: expected a JSON object");
        }
        try {
            return ResponseJson.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw MemberErrors.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw MemberErrors.serialization("The request body could not be read");
        }
    }
}
